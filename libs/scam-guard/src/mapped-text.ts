// A derived text that remembers, for every UTF-16 unit, where it came from in the original post,
// so that evidence can always be quoted from what the author actually wrote.
export class MappedText {
  constructor(
    readonly text: string,
    // origin[i] is the offset in the source of text[i]; origin[text.length] is the source length.
    readonly origin: Int32Array,
    readonly source: string,
  ) {}

  static identity(source: string): MappedText {
    const origin = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) origin[i] = i;
    return new MappedText(source, origin, source);
  }

  sourceRange(start: number, end: number): [number, number] {
    return [this.origin[start], this.origin[Math.min(end, this.text.length)]];
  }

  evidence(start: number, end: number): string {
    const [from, to] = this.sourceRange(start, end);
    return this.source.slice(from, to).trim();
  }

  // Replaces every match of `re` (global) by what `replace` returns; null keeps the match.
  // Units of a replacement point at the start of the replaced span.
  rewrite(re: RegExp, replace: (m: RegExpExecArray) => string | null): MappedText {
    // Built on the first replacement: most rewrites replace nothing.
    let out: MappedTextBuilder | null = null;
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const next = replace(m);
      if (next === null) continue;
      out ??= new MappedTextBuilder(this.source);
      this.copyInto(out, last, m.index);
      out.push(next, this.origin[m.index]);
      last = m.index + m[0].length;
    }
    if (out === null) return this;
    this.copyInto(out, last, this.text.length);
    return out.build();
  }

  // Removes the given [start, end) ranges (sorted, disjoint) and keeps the origin of every kept unit.
  remove(ranges: ReadonlyArray<readonly [number, number]>): MappedText {
    if (ranges.length === 0) return this;
    const out = new MappedTextBuilder(this.source);
    let last = 0;
    for (const [start, end] of ranges) {
      this.copyInto(out, last, start);
      last = end;
    }
    this.copyInto(out, last, this.text.length);
    return out.build();
  }

  private copyInto(out: MappedTextBuilder, from: number, to: number): void {
    for (let i = from; i < to; i++) out.pushUnit(this.text.charCodeAt(i), this.origin[i]);
  }
}

// Scratch space lent to one builder at a time, so that building a view allocates only its result.
let spare: { units: Uint16Array; origins: Int32Array } | null = null;

export class MappedTextBuilder {
  private units: Uint16Array;
  private origins: Int32Array;
  private length = 0;

  constructor(
    private readonly source: string,
    capacity = source.length + 16,
  ) {
    if (spare && spare.units.length >= capacity) {
      this.units = spare.units;
      this.origins = spare.origins;
      spare = null;
    } else {
      this.units = new Uint16Array(capacity);
      this.origins = new Int32Array(capacity + 1);
    }
  }

  push(chunk: string, origin: number): void {
    for (let i = 0; i < chunk.length; i++) this.pushUnit(chunk.charCodeAt(i), origin);
  }

  pushUnit(unit: number, origin: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.origins[this.length++] = origin;
  }

  // Once built, the builder's scratch space goes back for the next one.
  build(): MappedText {
    const origin = this.origins.slice(0, this.length + 1);
    origin[this.length] = this.source.length;
    const text = decoder.decode(this.units.subarray(0, this.length));
    if (!spare || spare.units.length < this.units.length) spare = { units: this.units, origins: this.origins };
    return new MappedText(text, origin, this.source);
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    const origins = new Int32Array(units.length + 1);
    origins.set(this.origins);
    this.units = units;
    this.origins = origins;
  }
}

// UTF-16 code units decode to exactly the same string, lone surrogates included, with this option.
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
