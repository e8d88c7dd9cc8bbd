// Test helper: the coded filter with no condition at all, which compileFilter makes of the empty filter and which
// counts every study of a version.
import type { CodedFilter } from "../compile";

export const NO_CONDITIONS: Readonly<CodedFilter> = Object.freeze({
  condMask: 0,
  condAll: false,
  seqMask: 0,
  methods: null,
  sex: null,
  manufacturers: null,
  models: null,
  tesla: null,
  ageMin: 0,
  ageMax: Number.MAX_SAFE_INTEGER,
  ageSet: false,
});
