// Assembles the lumbar-spine phantom for one study: the painter's order of all structures.
import { phantomParams, type PhantomParams } from "./params";
import { disc, facetJoint, herniation, posteriorElements, vertebralBody } from "./phantom-bones";
import { canal, foramina } from "./phantom-neuro";
import { softTissue } from "./phantom-soft";
import type { Structure } from "./shapes";
import { buildSpine, type Spine } from "./spine-curve";

export interface Phantom {
  params: PhantomParams;
  spine: Spine;
  /** Painted first to last; later structures cover earlier ones. */
  structures: Structure[];
}

export function buildPhantom(seed: string | number, studyIndex: number): Phantom {
  const params = phantomParams(seed, studyIndex);
  const spine = buildSpine(params);
  const marrow = 0.42 + params.ageYears * 0.0025;
  const degenerated = new Set<string>(params.degenerated);
  const structures: Structure[] = [...softTissue(spine, params)];
  for (const d of spine.discs)
    structures.push(...disc(d, degenerated.has(d.level) || (d.lower.sacral && d.upper.sacral)));
  for (const v of spine.vertebrae) structures.push(...posteriorElements(v, marrow));
  for (const d of spine.discs) if (!d.lower.sacral || d.upper.name === "L5") structures.push(...facetJoint(d, marrow));
  for (const v of spine.vertebrae) structures.push(...vertebralBody(v, marrow));
  structures.push(...foramina(spine));
  structures.push(...canal(spine, params));
  structures.push(herniation(spine, params));
  return { params, spine, structures };
}
