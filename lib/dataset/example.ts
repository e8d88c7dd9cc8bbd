// Recognises the illustrative statistics file shipped in data/examples, so pages can label its figures as such.

/** SHA-256 of data/examples/Spine_MRI_conditions.csv (a test keeps the two in step). */
export const EXAMPLE_STATS_SHA256 = "dd8361576c10d71718d9db4c382038fa2bf6e1d643c369153d11897586d7ad9a";

export const EXAMPLE_STATS_PATH = "data/examples/Spine_MRI_conditions.csv";

export const isExampleStats = (sha256: string) => sha256 === EXAMPLE_STATS_SHA256;
