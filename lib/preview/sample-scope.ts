// The single definition of "public": every preview query and file route filters studies through it, so a study
// that is not an imported sample, or not (or no longer) published, is invisible everywhere at once.
export const PUBLIC_SAMPLE = { isSample: true, published: true } as const;
