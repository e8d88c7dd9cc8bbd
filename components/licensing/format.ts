export const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "-");
export const gb = (b: bigint | number) => `${(Number(b) / 1e9).toFixed(1)} GB`;
