/**
 * Checked reads, and typed arrays that grow. A read out of range is a bug in the engine: it throws
 * at once instead of turning into NaN or undefined several steps later. One function per kind of
 * array, so that each stays monomorphic (fast) where the hot loops inline it.
 */

function outOfRange(index: number, length: number): never {
  throw new RangeError(`search index: read at ${index}, length ${length}`);
}

export function item<T>(list: readonly T[], index: number): T {
  const value = list[index];
  return value === undefined ? outOfRange(index, list.length) : value;
}

export function u32(array: Uint32Array, index: number): number {
  const value = array[index];
  return value === undefined ? outOfRange(index, array.length) : value;
}

export function i32(array: Int32Array, index: number): number {
  const value = array[index];
  return value === undefined ? outOfRange(index, array.length) : value;
}

export function f32(array: Float32Array, index: number): number {
  const value = array[index];
  return value === undefined ? outOfRange(index, array.length) : value;
}

export function f64(array: Float64Array, index: number): number {
  const value = array[index];
  return value === undefined ? outOfRange(index, array.length) : value;
}

/** A copy of `array` in a larger one made by `make` (which says the kind: no cast needed). */
export function grown<T extends Int32Array | Uint32Array | Float32Array>(
  array: T,
  size: number,
  make: (size: number) => T,
): T {
  const copy = make(size);
  copy.set(array);
  return copy;
}

export const int32s = (size: number) => new Int32Array(size);
export const uint32s = (size: number) => new Uint32Array(size);
export const float32s = (size: number) => new Float32Array(size);

/** An append-only list of integers in a typed array (no boxed numbers, little garbage). */
export class GrowingInts {
  private values = new Int32Array(1 << 8);
  length = 0;

  push(value: number) {
    if (this.length === this.values.length)
      this.values = grown(this.values, this.length * 2, int32s);
    this.values[this.length++] = value;
  }

  toArray(): Int32Array {
    return this.values.slice(0, this.length);
  }

  /** The list with one more value at its end (the end of the last run, for lists of starts). */
  toArrayEndingWith(last: number): Int32Array {
    const array = new Int32Array(this.length + 1);
    array.set(this.values.subarray(0, this.length));
    array[this.length] = last;
    return array;
  }
}
