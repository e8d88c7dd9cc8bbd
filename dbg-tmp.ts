import { readFileSync } from "node:fs";
import { caseSeed, mutate } from "./scripts/fuzz/mutate";
import { dicomSeeds } from "./scripts/fuzz/seeds";
(async () => {
  process.env.DICOM_CORPUS = "/work/shared/dicom-corpus";
  const { files } = await dicomSeeds();
  const saved = new Uint8Array(readFileSync("/tmp/fuzz-full/dicom-1-510-exception-viewer-decode.dcm"));
  const { bytes } = mutate(files, caseSeed(1, "dicom", 510), false);
  console.log(files.length, saved.length, bytes.length);
})();
