// Accepted variants of the statistics CSV: each test pins the exact rows and totals read.
import { describe, expect, it } from "vitest";
import { parseConditionsCsv } from "./parse-conditions-csv";

describe("parseConditionsCsv: long tables", () => {
  it("reads a plain comma-separated long table", () => {
    const r = parseConditionsCsv(
      "condition,method,studies\nDisc herniation,MRI 1.5T,120\nDisc herniation,MRI 3T,30\nSpinal stenosis,MRI 1.5T,50\n",
    );
    expect(r).toEqual({
      format: "long",
      delimiter: ",",
      rows: [
        { condition: "Disc herniation", method: "MRI 1.5T", studies: 120 },
        { condition: "Disc herniation", method: "MRI 3T", studies: 30 },
        { condition: "Spinal stenosis", method: "MRI 1.5T", studies: 50 },
      ],
      totalStudies: 200,
    });
  });

  it("accepts columns in any order, aliases in any case, and ; with dot thousands", () => {
    const r = parseConditionsCsv(
      "Number of Studies;DIAGNOSIS;Method of Study\n1.234;Disc herniation;MRI 3T\n7;Scoliosis;MRI 3T",
    );
    expect(r.format).toBe("long");
    expect(r.delimiter).toBe(";");
    expect(r.rows).toEqual([
      { condition: "Disc herniation", method: "MRI 3T", studies: 1234 },
      { condition: "Scoliosis", method: "MRI 3T", studies: 7 },
    ]);
    expect(r.totalStudies).toBe(1241);
  });

  it.each([
    ["Pathology", "Modality", "N"],
    ["disease", "sequence", "count"],
    ["Condition", "Study type", "Total"],
    ["Diagnosis", "study_type", "number_of_studies"],
    ["  CONDITION ", "Method", "No. of studies"],
    ["Condition", "Type of study", "# of studies"],
  ])("understands the header %j,%j,%j", (c, m, s) => {
    const r = parseConditionsCsv(`${c},${m},${s}\nSpondylolisthesis,MRI 1.5T,42\n`);
    expect(r.rows).toEqual([{ condition: "Spondylolisthesis", method: "MRI 1.5T", studies: 42 }]);
  });

  it("reads tab-separated files with space, apostrophe and comma thousands", () => {
    const r = parseConditionsCsv(
      'condition\tmethod\tstudies\nA\tM1\t1 234\nA\tM2\t1’234\nB\tM1\t1\'234\nB\tM2\t1,234\nC\tM1\t"12,345,678"\n',
    );
    expect(r.delimiter).toBe("\t");
    expect(r.rows.map((x) => x.studies)).toEqual([1234, 1234, 1234, 1234, 12345678]);
    expect(r.totalStudies).toBe(12345678 + 4 * 1234);
  });

  it("reads quoted comma thousands in a comma-separated file", () => {
    const r = parseConditionsCsv('condition,method,studies\n"Disc protrusion","MRI 1.5T","312,480"\n');
    expect(r.rows).toEqual([{ condition: "Disc protrusion", method: "MRI 1.5T", studies: 312480 }]);
  });

  it("normalises whitespace inside names and keeps their case", () => {
    const r = parseConditionsCsv('condition,method,studies\n"  Disc \u00a0  HERNIATION ", MRI  sagittal\tT2 ,5\n');
    expect(r.rows).toEqual([{ condition: "Disc HERNIATION", method: "MRI sagittal T2", studies: 5 }]);
  });

  it("spells a name the way it first appears when later rows differ only in case", () => {
    const r = parseConditionsCsv(
      "condition,method,studies\nDisc herniation,MRI 3T,1\ndisc HERNIATION,mri 1.5t,2\nScoliosis,MRI 1.5T,3\n",
    );
    expect(r.rows).toEqual([
      { condition: "Disc herniation", method: "MRI 3T", studies: 1 },
      { condition: "Disc herniation", method: "mri 1.5t", studies: 2 },
      { condition: "Scoliosis", method: "mri 1.5t", studies: 3 },
    ]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const r = parseConditionsCsv(
      'condition,method,studies\n"Schmorl\'s nodes, multiple","MRI ""3T""",10\n"Degenerative\ndisc disease",MRI 3T,20\n',
    );
    expect(r.rows).toEqual([
      { condition: "Schmorl's nodes, multiple", method: 'MRI "3T"', studies: 10 },
      { condition: "Degenerative disc disease", method: "MRI 3T", studies: 20 },
    ]);
  });

  it("accepts zero counts", () => {
    const r = parseConditionsCsv("condition,method,studies\nScoliosis,MRI 3T,0\nScoliosis,MRI 1.5T,4\n");
    expect(r.rows.map((x) => x.studies)).toEqual([0, 4]);
    expect(r.totalStudies).toBe(4);
  });

  it("ignores blank lines, whitespace-only lines and empty spreadsheet rows anywhere", () => {
    const r = parseConditionsCsv("\n\n  \ncondition;method;studies\n\n;;\nA;M;1\n   \n\nB;M;2\n;;\n\n");
    expect(r.rows).toEqual([
      { condition: "A", method: "M", studies: 1 },
      { condition: "B", method: "M", studies: 2 },
    ]);
  });

  it("accepts CRLF and CR line endings", () => {
    expect(parseConditionsCsv("condition,method,studies\r\nA,M,1\r\nB,M,2\r\n").totalStudies).toBe(3);
    expect(parseConditionsCsv("condition,method,studies\rA,M,1\rB,M,2").totalStudies).toBe(3);
  });
});

describe("parseConditionsCsv: wide tables", () => {
  it("reads the vendor-style ; table with BOM, quoted header, dot thousands and a checked Total row and column", () => {
    const csv =
      '\uFEFF"Condition";"MRI 1.5T";"MRI 3T";"Total"\r\n' +
      '"Disc herniation";1.200;300;1.500\r\n' +
      '"Spinal stenosis";2.000.000;5;2.000.005\r\n' +
      '"Total";2.001.200;305;2.001.505\r\n';
    const r = parseConditionsCsv(csv);
    expect(r).toEqual({
      format: "wide",
      delimiter: ";",
      rows: [
        { condition: "Disc herniation", method: "MRI 1.5T", studies: 1200 },
        { condition: "Disc herniation", method: "MRI 3T", studies: 300 },
        { condition: "Spinal stenosis", method: "MRI 1.5T", studies: 2000000 },
        { condition: "Spinal stenosis", method: "MRI 3T", studies: 5 },
      ],
      totalStudies: 2001505,
    });
  });

  it("reads UTF-8 bytes with a BOM", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("Diagnosis,Schmorl’s test\nSchmorl’s nodes,9\n"),
    ]);
    const r = parseConditionsCsv(bytes);
    expect(r.rows).toEqual([{ condition: "Schmorl’s nodes", method: "Schmorl’s test", studies: 9 }]);
  });

  it("reads a comma-separated wide table with quoted thousands and no totals", () => {
    const r = parseConditionsCsv(
      'pathology,MRI sagittal T2,MRI axial T2\nScoliosis,"1,001",2\nSpondylosis,3,"4,000"\n',
    );
    expect(r.format).toBe("wide");
    expect(r.rows).toEqual([
      { condition: "Scoliosis", method: "MRI sagittal T2", studies: 1001 },
      { condition: "Scoliosis", method: "MRI axial T2", studies: 2 },
      { condition: "Spondylosis", method: "MRI sagittal T2", studies: 3 },
      { condition: "Spondylosis", method: "MRI axial T2", studies: 4000 },
    ]);
    expect(r.totalStudies).toBe(5006);
  });

  it("drops a Total column anywhere after the first, and a total row anywhere, once they check out", () => {
    const r = parseConditionsCsv("Disease\tSum\tA\tB\nall\t10\t4\t6\nX\t3\t1\t2\nY\t7\t3\t4\n");
    expect(r.rows).toEqual([
      { condition: "X", method: "A", studies: 1 },
      { condition: "X", method: "B", studies: 2 },
      { condition: "Y", method: "A", studies: 3 },
      { condition: "Y", method: "B", studies: 4 },
    ]);
    expect(r.totalStudies).toBe(10);
  });

  it("accepts a total row without a total column, and a total column without a total row", () => {
    expect(parseConditionsCsv("condition;A;B\nX;1;2\nGrand total;1;2\n").rows).toHaveLength(2);
    expect(parseConditionsCsv("condition;A;B;TOTAL\nX;1;2;3\n").rows).toEqual([
      { condition: "X", method: "A", studies: 1 },
      { condition: "X", method: "B", studies: 2 },
    ]);
  });

  it("tells ; from , by the rows when an unquoted header splits equally on both", () => {
    const r = parseConditionsCsv("Condition;MRI 1,5T;MRI 3,0T\nDisc herniation;1.234;5\nScoliosis;6;7\n");
    expect(r.delimiter).toBe(";");
    expect(r.rows).toEqual([
      { condition: "Disc herniation", method: "MRI 1,5T", studies: 1234 },
      { condition: "Disc herniation", method: "MRI 3,0T", studies: 5 },
      { condition: "Scoliosis", method: "MRI 1,5T", studies: 6 },
      { condition: "Scoliosis", method: "MRI 3,0T", studies: 7 },
    ]);
  });

  it("reads a single method column", () => {
    const r = parseConditionsCsv("condition;MRI 1.5T\nX;1\nY;2\n");
    expect(r.format).toBe("wide");
    expect(r.rows).toEqual([
      { condition: "X", method: "MRI 1.5T", studies: 1 },
      { condition: "Y", method: "MRI 1.5T", studies: 2 },
    ]);
  });
});
