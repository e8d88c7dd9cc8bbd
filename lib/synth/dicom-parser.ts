// dicom-parser is a UMD bundle: Node's ESM loader exposes it only as `default`, tsx/CJS as named exports.
import * as ns from "dicom-parser";

type Api = typeof ns;
export const dicomParser: Api = (ns as Api & { default?: Api }).default ?? ns;
