// Refused statistics CSVs: each test pins the line, the column (1-based field number) and the reason.
import { describe, expect, it } from "vitest";
import { parseConditionsCsv } from "./parse-conditions-csv";
import { CsvImportError, MAX_PROBLEMS } from "./errors";

function refuse(content: string | Uint8Array): CsvImportError {
  try {
    parseConditionsCsv(content);
  } catch (e) {
    if (e instanceof CsvImportError) return e;
    throw e;
  }
  throw new Error("the file was accepted");
}
/** [line, column, message] of every problem. */
const problems = (content: string | Uint8Array) => refuse(content).problems.map((p) => [p.line, p.column, p.message]);
const at = (content: string | Uint8Array) => refuse(content).problems.map((p) => [p.line, p.column]);

const LONG = "condition,method,studies\n";

describe("the file as a whole", () => {
  it("refuses an empty file, a blank one and a lone BOM", () => {
    for (const content of ["", "\n\n   \n", "\uFEFF", new Uint8Array([0xef, 0xbb, 0xbf]), ";;\n,,\n"]) {
      expect(problems(content)).toEqual([[1, 1, "the file is empty"]]);
    }
  });

  it("refuses a header without data rows, even with blank lines after it", () => {
    expect(problems("condition,method,studies\n")).toEqual([[1, 1, "the file has a header but no data rows"]]);
    expect(problems("\n\ncondition;MRI 3T\n\n;\n")).toEqual([[3, 1, "the file has a header but no data rows"]]);
  });

  it("refuses a header with a single column", () => {
    expect(problems("condition\nDisc herniation\n")).toEqual([
      [1, 1, "the header has a single column; columns must be separated by commas, semicolons or tabs"],
    ]);
  });

  it("refuses a header and rows that split equally on two delimiters", () => {
    expect(problems("condition;method,studies\nA;B,1\n")).toEqual([
      [
        1,
        1,
        "cannot tell the delimiter: the header and rows split into 2 columns on comma and on semicolon; quote the names that contain a delimiter",
      ],
    ]);
  });

  it("refuses UTF-16 and invalid UTF-8, naming the line", () => {
    expect(problems(new Uint8Array([0xff, 0xfe, 0x63, 0x00]))).toEqual([
      [1, 1, "the file is UTF-16; save it as UTF-8 (CSV UTF-8)"],
    ]);
    const latin1 = Buffer.concat([
      Buffer.from("condition,method,studies\nA,M,1\nSchmorl"),
      Buffer.from([0x92]),
      Buffer.from("s nodes,M,2\n"),
    ]);
    expect(problems(latin1)).toEqual([[3, 1, "invalid UTF-8 on this line; save the file as UTF-8 (CSV UTF-8)"]]);
  });

  it("refuses a total beyond a 32-bit integer", () => {
    expect(problems(`${LONG}A,M,2000000000\nB,M,2000000000\n`)).toEqual([
      [1, 1, "the total, 4,000,000,000, is too large (at most 2,147,483,647)"],
    ]);
  });
});

describe("quoting", () => {
  it("refuses an unclosed quote at the line where its record starts", () => {
    expect(problems(`${LONG}A,M,1\n\nB,"M,2\nC,M,3\n`)).toEqual([
      [4, 2, "a quoted field is never closed (missing closing quote)"],
    ]);
  });

  it("refuses text after a closing quote", () => {
    expect(problems(`${LONG}A,M,1\n"B"x,M,2\n`)).toEqual([
      [3, 1, 'unexpected character after a closing quote (write a quote inside a quoted field as "")'],
    ]);
  });

  it("refuses a quote inside an unquoted field", () => {
    expect(at(`${LONG}A,M,1\nB,MRI 3"T,2\n`)).toEqual([[3, 2]]);
    expect(refuse(`${LONG}A,M,1\nB,MRI 3"T,2\n`).message).toMatch(/quote inside an unquoted field/);
  });

  it("still reports problems in the rows before a quoting error", () => {
    expect(at(`${LONG}A,M,x\nB,"M,2\n`)).toEqual([
      [2, 3],
      [3, 2],
    ]);
  });

  it("refuses an unclosed quote in the header", () => {
    expect(at('"condition,method,studies\nA,M,1\n')).toEqual([[1, 1]]);
  });

  it("refuses bad quoting in a header below blank lines, at the header's line", () => {
    expect(problems('\n\n"condition"x,method,studies\nA,M,1\n')).toEqual([
      [3, 1, 'unexpected character after a closing quote (write a quote inside a quoted field as "")'],
    ]);
  });
});

describe("long table headers", () => {
  it("refuses an unknown column, naming it", () => {
    expect(problems("condition,method,studies,notes\nA,M,1,x\n")).toEqual([
      [1, 4, 'unknown column "notes"; a long table has exactly the columns condition, method and studies'],
    ]);
  });

  it("refuses an empty column name", () => {
    expect(at("condition,method,,studies\nA,M,,1\n")).toEqual([[1, 3]]);
  });

  it("refuses a missing studies column", () => {
    expect(problems("condition,method\nA,M\n")).toEqual([
      [1, 1, "missing column: studies (or count, number of studies, n, total)"],
    ]);
  });

  it("refuses a missing condition column", () => {
    expect(problems("method,studies\nM,1\n")).toEqual([
      [1, 1, "missing column: condition (or diagnosis, pathology, disease)"],
    ]);
  });

  it("refuses two columns with the same role", () => {
    expect(problems("condition,diagnosis,method,studies\nA,B,M,1\n")).toEqual([
      [1, 2, 'a second condition column "diagnosis" (the first is column 1)'],
    ]);
  });
});

describe("wide table headers", () => {
  it("refuses an unknown first column", () => {
    const [p] = problems("Region;MRI 3T\nL4;5\n");
    expect(p?.slice(0, 2)).toEqual([1, 1]);
    expect(p?.[2]).toMatch(/^unknown header "Region": the first column must be the condition/);
  });

  it("refuses an empty first column", () => {
    expect(at(";MRI 3T;MRI 1.5T\nA;1;2\n")).toEqual([[1, 1]]);
  });

  it("refuses a count column without a method column", () => {
    expect(problems("condition;count\nA;5\n")).toEqual([
      [
        1,
        2,
        'unknown header "count": a count column needs a method (or method of study, modality, sequence, study type) column beside it (long table)',
      ],
    ]);
  });

  it("refuses duplicate method columns, ignoring case and spacing", () => {
    expect(problems("condition;MRI 3T;mri  3t\nA;1;2\n")).toEqual([
      [1, 3, 'duplicate method column "mri 3t" (also column 2)'],
    ]);
  });

  it("refuses an empty method name", () => {
    expect(problems("condition;;MRI 3T\nA;1;2\n")).toEqual([
      [1, 2, "empty column name: each column after the first is a method"],
    ]);
  });

  it("refuses a table with only a total column", () => {
    expect(problems("condition;Total\nA;1\n")).toEqual([
      [1, 2, "no method columns: a wide table has the condition first, then one column per method"],
    ]);
  });

  it("refuses two total columns", () => {
    expect(at("condition;A;Total;Sum\nX;1;1;1\n")).toEqual([[1, 4]]);
  });

  it("refuses a second condition column", () => {
    expect(at("condition;A;Diagnosis\nX;1;2\n")).toEqual([[1, 3]]);
  });
});

describe("rows", () => {
  it("refuses empty condition and method names", () => {
    expect(problems(`${LONG},MRI 3T,5\nA,  ,6\n`)).toEqual([
      [2, 1, "empty condition"],
      [3, 2, "empty method"],
    ]);
    expect(problems("condition;A\n  ;5\n")).toEqual([[2, 1, "empty condition"]]);
  });

  it("refuses non-integer, negative and empty counts at their cell", () => {
    expect(at(`${LONG}A,M,12.5\nB,M,-3\nC,M,\nD,M,abc\nE,M,"1,5"\nF,M,7\n`)).toEqual([
      [2, 3],
      [3, 3],
      [4, 3],
      [5, 3],
      [6, 3],
    ]);
    const e = refuse("condition;A;B\nX;1;1,5\n");
    expect([e.line, e.column]).toEqual([2, 3]);
    expect(e.message).toMatch(
      /^"1,5" is not a whole number \(in a semicolon-separated file the comma is a decimal mark/,
    );
  });

  it("refuses the dot as a thousands separator outside ;-separated files", () => {
    expect(problems(`${LONG}A,M,1.234\n`)).toEqual([
      [
        2,
        3,
        '"1.234" is not a whole number (in a comma-separated file the dot is a decimal point; write thousands as 1,234 or 1 234)',
      ],
    ]);
  });

  it("refuses an unquoted comma thousands in a comma file as a ragged row", () => {
    expect(problems(`${LONG}A,M,1,234\n`)).toEqual([
      [2, 4, "this row has 4 columns but the header has 3: extra values (an unquoted delimiter inside a value?)"],
    ]);
  });

  it("refuses short and long rows, pointing at the first missing or extra column", () => {
    expect(problems("condition;A;B\nX;1\nY;1;2;3\nZ;1;2\n")).toEqual([
      [2, 3, "this row has 2 columns but the header has 3: missing values"],
      [3, 4, "this row has 4 columns but the header has 3: extra values (an unquoted delimiter inside a value?)"],
    ]);
  });

  it("refuses a duplicate (condition, method) in a long table, ignoring case and spacing", () => {
    expect(problems(`${LONG}Disc herniation,MRI 3T,1\nScoliosis,MRI 3T,2\ndisc  herniation,mri 3t,3\n`)).toEqual([
      [4, 1, 'duplicate row for "disc herniation" / "mri 3t" (first on line 2)'],
    ]);
  });

  it("refuses a duplicate condition row in a wide table", () => {
    expect(problems("condition;A\nScoliosis;1\nSpondylosis;2\nSCOLIOSIS;3\n")).toEqual([
      [4, 1, 'duplicate condition "SCOLIOSIS" (first on line 2)'],
    ]);
  });

  it("refuses summary rows in a long table", () => {
    expect(at(`${LONG}A,M,1\nTotal,M,1\nB,All,1\n`)).toEqual([
      [3, 1],
      [4, 2],
    ]);
  });

  it("refuses names that a spreadsheet would run as formulas", () => {
    expect(problems(`${LONG}"=HYPERLINK(""x"")",M,1\nA,@cmd,2\n`)).toEqual([
      [2, 1, 'condition "=HYPERLINK("x")" starts with =, which spreadsheets run as a formula'],
      [3, 2, 'method "@cmd" starts with @, which spreadsheets run as a formula'],
    ]);
  });

  it("counts line numbers across blank lines and multi-line quoted fields", () => {
    expect(at(`\n${LONG}\n"A\nB",M,1\n\nC,M,x\n`)).toEqual([[7, 3]]);
  });
});

describe("wide table totals", () => {
  const head = "condition;A;B;Total\n";

  it("refuses a row total that is not the row's sum, at the total cell", () => {
    expect(problems(`${head}X;1;2;3\nY;10;20;31\n`)).toEqual([
      [3, 4, "row total 31 does not match the sum of the row, 30"],
    ]);
  });

  it("refuses a total row that is not the column's sum, at that column", () => {
    expect(problems("condition;A;B\nX;1.000;2\nY;3;4\nTotal;1.003;7\nZ;0;0\n")).toEqual([
      [4, 3, 'total 7 for "B" does not match the sum of the column, 6'],
    ]);
  });

  it("refuses a grand total that is not the table's sum", () => {
    expect(problems(`${head}X;1;2;3\nY;10;20;30\nTotal;11;22;34\n`)).toEqual([
      [4, 4, "grand total 34 does not match the sum of the table, 33"],
    ]);
  });

  it("refuses malformed numbers in total cells", () => {
    expect(at(`${head}X;1;2;three\nTotal;1;x;3\n`)).toEqual([
      [2, 4],
      [3, 3],
    ]);
  });

  it("does not pile mismatches on top of a bad cell", () => {
    expect(at(`${head}X;1;oops;3\nY;1;1;2\nTotal;2;9;99\n`)).toEqual([[2, 3]]);
  });

  it("refuses two total rows and a total row without conditions", () => {
    expect(at("condition;A\nX;1\nTotal;1\nSum;1\n")).toEqual([[4, 1]]);
    expect(problems("condition;A\nTotal;1\n")).toEqual([[2, 1, "the table has a total row but no condition rows"]]);
  });
});

describe("many problems", () => {
  it("reports several problems at once, in file order, the first as line/column/message", () => {
    const e = refuse(`${LONG}A,M,x\n,M,1\nB,M\nC,M,-1\n`);
    expect(e.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 3],
      [3, 1],
      [4, 3],
      [5, 3],
    ]);
    expect([e.line, e.column, e.message]).toEqual([2, 3, '"x" is not a whole number of studies']);
    expect(e.truncated).toBe(false);
    expect(e.format("stats.csv")).toEqual([
      'stats.csv:2:3: "x" is not a whole number of studies',
      "stats.csv:3:1: empty condition",
      "stats.csv:4:3: this row has 2 columns but the header has 3: missing values",
      "stats.csv:5:3: negative count -1; study counts cannot be negative",
    ]);
  });

  it(`stops after ${MAX_PROBLEMS} problems and says so`, () => {
    const body = Array.from({ length: 50 }, (_, i) => `C${i},M,bad`).join("\n");
    const e = refuse(`${LONG}${body}\n`);
    expect(e.problems).toHaveLength(MAX_PROBLEMS);
    expect(e.problems[19]).toEqual({ line: 21, column: 3, message: '"bad" is not a whole number of studies' });
    expect(e.truncated).toBe(true);
    expect(e.format("f.csv").at(-1)).toBe("f.csv: stopped after 20 problems; fix these and try again");
  });

  it("is an Error with a name", () => {
    const e = refuse("");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("CsvImportError");
  });
});
