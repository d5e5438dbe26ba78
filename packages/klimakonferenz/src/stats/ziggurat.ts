/**
 * The tables of Marsaglia and Tsang's ziggurat for the standard normal ("The Ziggurat Method for Generating
 * Random Variables", Journal of Statistical Software 5(8), 2000), with 128 layers of equal area. A draw takes
 * one 32-bit random integer j: layer i = j & 127, and x = j · width[i] is accepted at once when |j| < edge[i]
 * (98.8 % of draws), without a logarithm; the rest go to {@link zigguratSlowPath}.
 */
export interface Ziggurat {
  /** Integer bound under which a draw of a layer is accepted at once. */
  edge: Float64Array;
  /** Width of a layer per unit of the random integer. */
  width: Float64Array;
  /** Density exp(−x²/2) at each layer's right edge. */
  density: Float64Array;
}

/** Where the slow path of a draw reads its uniform numbers in [0, 1). */
export interface UniformSource {
  uniform(): number;
}

/** Where the base layer's tail starts. */
export const ZIGGURAT_TAIL = 3.442619855899;

/** Area of each layer. */
const LAYER_AREA = 9.91256303526217e-3;

function buildZiggurat(): Ziggurat {
  const edge = new Float64Array(128);
  const width = new Float64Array(128);
  const density = new Float64Array(128);
  const scale = 2147483648;
  let x = ZIGGURAT_TAIL;
  let previous = x;
  const q = LAYER_AREA / Math.exp(-0.5 * x * x);
  edge[0] = Math.floor((x / q) * scale);
  edge[1] = 0;
  width[0] = q / scale;
  width[127] = x / scale;
  density[0] = 1;
  density[127] = Math.exp(-0.5 * x * x);
  for (let i = 126; i >= 1; i--) {
    x = Math.sqrt(-2 * Math.log(LAYER_AREA / x + Math.exp(-0.5 * x * x)));
    edge[i + 1] = Math.floor((x / previous) * scale);
    previous = x;
    density[i] = Math.exp(-0.5 * x * x);
    width[i] = x / scale;
  }
  return { edge, width, density };
}

/** The tables, computed once (a few microseconds). */
export const ZIGGURAT: Ziggurat = buildZiggurat();

/**
 * The rare rest of a ziggurat draw that was not accepted at once: the tail beyond {@link ZIGGURAT_TAIL}
 * (Marsaglia's exponential method) for the base layer, a density test in the wedge of other layers, and a
 * new integer when the test fails. `source` gives numbers in [0, 1) from the same stream.
 */
export function zigguratSlowPath(first: number, source: UniformSource): number {
  const { edge, width, density } = ZIGGURAT;
  let j = first;
  for (;;) {
    const i = j & 127;
    const x = j * (width[i] as number);
    if (i === 0) {
      let tail: number;
      let y: number;
      do {
        tail = -Math.log(1 - source.uniform()) / ZIGGURAT_TAIL;
        y = -Math.log(1 - source.uniform());
      } while (y + y < tail * tail);
      return j > 0 ? ZIGGURAT_TAIL + tail : -ZIGGURAT_TAIL - tail;
    }
    if (
      (density[i] as number) +
        source.uniform() * ((density[i - 1] as number) - (density[i] as number)) <
      Math.exp(-0.5 * x * x)
    )
      return x;
    j = toInt32(source.uniform());
    if (Math.abs(j) < (edge[j & 127] as number)) return j * (width[j & 127] as number);
  }
}

/** The 32 random bits behind a uniform number of the generator (k / 2³²), as a signed integer. */
export function toInt32(uniform: number): number {
  return (uniform * 4294967296) | 0;
}
