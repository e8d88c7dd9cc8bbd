// Small facts about a stack of slices shared by the engine and the page.

/** The middle slice of a series: what the viewer opens on (mid-sagittal shows the canal) and its thumbnail. */
export const middleIndex = (n: number) => Math.max(0, Math.floor((n - 1) / 2));
