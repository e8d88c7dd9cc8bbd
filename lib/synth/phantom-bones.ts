// Vertebral bodies, posterior elements, discs and the herniation, each as painted signed-distance shapes.
import type { PhantomParams } from "./params";
import { intersect, mirrored, rotatedUV, sheared } from "./shape-ops";
import {
  bone,
  box,
  custom,
  ellipsoid,
  ellipticCylinder,
  solid,
  span,
  structure,
  type Layer,
  type Sdf,
  type Structure,
} from "./shapes";
import type { Disc, Spine, Vertebra } from "./spine-curve";

/** Pedicles, laminae, spinous and transverse processes of one vertebra (or the sacral equivalents). */
export function posteriorElements(v: Vertebra, marrow: number): Structure[] {
  const { frame: f, h, canalV: cv, canalRu: ru, canalRv: rv } = v;
  const back = cv + rv + 2;
  const b = (name: string, shape: Parameters<typeof structure>[2], layers: Layer[] = bone(marrow)) =>
    structure(`${v.name} ${name}`, f, shape, layers);
  const pedV0 = 0.75 * v.ry;
  const pedV1 = cv + rv * 0.2;
  const out = [
    b("pedicles", mirrored(box(4, (pedV1 - pedV0) / 2, h * 0.28, ru + 4.5, (pedV0 + pedV1) / 2, h * 0.12, 2))),
  ];
  if (v.sacral) {
    if (v.name === "S1")
      out.push(b("ala", mirrored(ellipsoid(22, 15, 19, v.rx + 16, 4, -3)), bone(marrow + 0.04, 1.6)));
    out.push(b("sacral lamina", box(ru + 8, 3, h / 2 + 1, 0, back + 2, 0, 1.5)));
    out.push(b("median crest", box(3, 6, h * 0.35, 0, back + 9, 0, 2)));
    return out;
  }
  // Laminae run posteromedially from the facets to the spinous process base (a roof over the canal).
  const lamina = rotatedUV(box((ru + 6) / 2, 3, h * 0.45, 0, 0, -h * 0.12, 1.5), -0.45, (ru + 8) / 2, back + 3.5);
  out.push(b("laminae", mirrored(sheared(lamina, 0.25, back))));
  const spLen = 13 * (v.h / 25);
  out.push(b("spinous process", sheared(box(3.2, spLen, h * 0.3, 0, back + 5 + spLen, -h * 0.18, 2.5), 0.35, back)));
  const tpLen = v.name === "L3" ? 16 : v.name.startsWith("T") ? 9 : 12;
  out.push(b("transverse processes", mirrored(box(tpLen, 3.5, 4.5, ru + 8 + tpLen, cv - 1, h * 0.1, 2))));
  return out;
}

/** Facet joint between two vertebrae: articular process bone with a bright oblique joint line. */
export function facetJoint(d: Disc, marrow: number): Structure[] {
  const cv = (d.upper.canalV + d.lower.canalV) / 2 + d.upper.canalRv * 0.55;
  const cu = d.upper.canalRu + 6.5;
  const line: Sdf = (u, v) => Math.abs((Math.abs(u) - cu) * 0.87 + (v - cv) * 0.5) - 0.55;
  return [
    structure(`${d.level} facets`, d.frame, mirrored(ellipsoid(6.5, 8, 11, cu, cv, 0)), bone(marrow)),
    structure(
      `${d.level} facet fluid`,
      d.frame,
      intersect(mirrored(ellipsoid(5, 6.5, 9, cu, cv, 0)), line),
      solid(0.72),
    ),
  ];
}

export function vertebralBody(v: Vertebra, marrow: number): Structure[] {
  const cut = 0.85 * v.ry;
  const cyl = ellipticCylinder(v.rx, v.ry, v.h / 2);
  const r = 2.5;
  // Rounded junction of the side wall and the endplates; flat posterior wall.
  const body = custom(
    (u, vv, w) => {
      const a = (Math.sqrt((u / v.rx) ** 2 + (vv / v.ry) ** 2) - 1) * v.ry + r;
      const c = Math.abs(w) - v.h / 2 + r;
      const rounded = Math.sqrt(Math.max(a, 0) ** 2 + Math.max(c, 0) ** 2) + Math.min(Math.max(a, c), 0) - r;
      return Math.max(rounded, vv - cut);
    },
    ...cyl.boxes,
  );
  const out = [structure(`${v.name} body`, v.frame, body, bone(marrow, 1.1))];
  if (!v.sacral || v.name === "S1") {
    out.push(structure(`${v.name} basivertebral vein`, v.frame, box(2.5, 3, 0.9, 0, cut - 3.2, 0, 0.5), solid(0.7)));
  }
  return out;
}

export function disc(d: Disc, degenerated: boolean): Structure[] {
  const f = d.frame;
  const annulus: Sdf = (u, v, w) => {
    const a = u / d.rx;
    const b = v / d.ry;
    return Math.max((Math.sqrt(a * a + b * b) - 1) * d.ry, Math.abs(w) - (d.h / 2 - (v * d.wedge) / 2 + 0.8));
  };
  const hw = d.h / 2 + (d.ry * Math.abs(d.wedge)) / 2 + 1;
  const out = [
    structure(
      `${d.level} annulus`,
      f,
      custom(annulus, span([-d.rx - 1, -d.ry - 1, -hw], [d.rx + 1, d.ry + 1, hw])),
      solid(0.28, 0.02),
    ),
  ];
  if (d.h < 4) return out;
  const nh = d.h * (degenerated ? 0.2 : 0.36);
  // Nucleus brightening toward its centre (hydration gradient); a dehydrated one stays dark.
  const nucleus: Layer[] = degenerated
    ? [{ inset: 0, value: 0.34, tex: 0.03 }]
    : [
        { inset: 0, value: 0.5, tex: 0.02 },
        { inset: 1.2, value: 0.72, tex: 0.02 },
        { inset: 2.4, value: 0.88, tex: 0.03 },
      ];
  out.push(structure(`${d.level} nucleus`, f, ellipsoid(d.rx * 0.66, d.ry * 0.6, nh, 0, d.ry * 0.05, 0), nucleus));
  if (!degenerated) {
    out.push(
      structure(
        `${d.level} intranuclear cleft`,
        f,
        ellipsoid(d.rx * 0.42, d.ry * 0.4, 0.55, 0, d.ry * 0.05, 0),
        solid(0.5),
      ),
    );
  }
  return out;
}

/** Disc material behind the posterior disc margin, rimmed by the lifted (dark) posterior longitudinal ligament. */
export function herniation(spine: Spine, p: PhantomParams): Structure {
  const hn = p.herniation;
  const d = spine.disc(hn.level);
  const rv = hn.depthMm / 2 + 2;
  const cv = d.ry + hn.depthMm - rv;
  const ru = hn.kind === "extrusion" ? 7.5 : 9.5;
  const rw = hn.kind === "extrusion" ? Math.max(5.5, d.h * 0.55) : d.h * 0.45;
  return structure(`${hn.level} herniation`, d.frame, ellipsoid(ru, rv, rw, hn.xMm, cv, hn.migrationMm), [
    { inset: 0, value: 0.1, tex: 0 },
    { inset: 0.8, value: 0.3, tex: 0.03 },
  ]);
}
