import type { CatalogueInsert } from "../rows";

/** Where new catalogue rows go: through Prisma (any size, slower) or a driver's bulk path (catalog:synth). */
export interface RowSink {
  write(rows: CatalogueInsert[]): Promise<void>;
  close(): Promise<void>;
}
