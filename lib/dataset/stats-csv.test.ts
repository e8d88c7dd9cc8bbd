import { describe, expect, it } from "vitest";
import { statsToCsv } from "./stats-csv";
import { parseConditionsCsv } from "./csv";

describe("statsToCsv", () => {
  it("writes a long table with a fixed header and CRLF line endings", () => {
    expect(statsToCsv([{ condition: "Disc herniation", method: "MRI 3T", studies: 1234 }])).toBe(
      "condition,method,studies\r\nDisc herniation,MRI 3T,1234\r\n",
    );
  });

  it("quotes fields with commas, quotes and line breaks as RFC 4180 says, and nothing else", () => {
    const csv = statsToCsv([
      { condition: "Schmorl's nodes, multiple", method: 'MRI "3T"', studies: 2400000 },
      { condition: "Line\nbreak", method: "MRI 1.5T", studies: 0 },
    ]);
    expect(csv).toBe(
      'condition,method,studies\r\n"Schmorl\'s nodes, multiple","MRI ""3T""",2400000\r\n"Line\nbreak",MRI 1.5T,0\r\n',
    );
  });

  it("writes only the header for no rows", () => {
    expect(statsToCsv([])).toBe("condition,method,studies\r\n");
  });

  it("round-trips through the importer", () => {
    const rows = [
      { condition: "Degenerative disc disease", method: "Low-field MRI 0.3–0.5T", studies: 38287 },
      { condition: "Schmorl's nodes, multiple", method: 'MRI "3T"', studies: 7 },
      { condition: "Scoliosis", method: "MRI 3T", studies: 0 },
    ];
    const back = parseConditionsCsv(statsToCsv(rows));
    expect(back.format).toBe("long");
    expect(back.rows).toEqual(rows);
    expect(back.totalStudies).toBe(38294);
  });
});
