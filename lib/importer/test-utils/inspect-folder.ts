// A folder for the inspect steps' tests: real dcmjs-built instances, one of them mentioning a name only the DICOMDIR
// knows (so passing `known` changes its verdict), and one file that is not DICOM.
import fs from "node:fs";
import path from "node:path";
import { makeFolder, tempDir } from "./make-folder";

export const KNOWN = ["SMITH^JOHN"];

export function inspectFolder(images: number): { root: string; rels: string[]; named: string; junk: string } {
  const root = tempDir("inspect-test-");
  const rels = makeFolder(root, {
    studies: [[images - 1]],
    overrides: { "1/1/1": { StudyDescription: "Lumbar spine SMITH" } },
  });
  const junk = "ST000001/junk.dcm";
  fs.writeFileSync(path.join(root, junk), "not a DICOM file");
  return { root, rels: [...rels, junk], named: rels[0]!, junk };
}
