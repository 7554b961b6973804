/**
 * Counts the distinct feature keys of one text: an open-addressing table reused between texts and
 * cleared through the list of slots it used, so featurising allocates no string per n-gram and sorts
 * nothing. Keys are non-zero (see finishHash); 0 marks an empty slot. It grows when half full.
 */
export class KeyCounter {
  private keys = new Uint32Array(1 << 12);
  private counts = new Float32Array(1 << 12);
  private usedSlots = new Int32Array(1 << 11);
  private used = 0;

  add(key: number): void {
    const mask = this.keys.length - 1;
    let slot = key & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    if (this.keys[slot] === 0) {
      if (this.used === this.usedSlots.length) {
        this.grow();
        this.add(key);
        return;
      }
      this.keys[slot] = key;
      this.usedSlots[this.used++] = slot;
    }
    this.counts[slot]!++;
  }

  /** The keys counted since the last call, in order of appearance, and their counts; then starts over. */
  take(): { keys: Uint32Array; counts: Float32Array } {
    const keys = new Uint32Array(this.used);
    const counts = new Float32Array(this.used);
    for (let i = 0; i < this.used; i++) {
      const slot = this.usedSlots[i]!;
      keys[i] = this.keys[slot]!;
      counts[i] = this.counts[slot]!;
      this.keys[slot] = 0;
      this.counts[slot] = 0;
    }
    this.used = 0;
    return { keys, counts };
  }

  private grow(): void {
    const { keys, counts } = this.take();
    this.keys = new Uint32Array(this.keys.length * 2);
    this.counts = new Float32Array(this.keys.length);
    this.usedSlots = new Int32Array(this.keys.length / 2);
    keys.forEach((key, i) => {
      this.add(key);
      this.counts[this.usedSlots[i]!] = counts[i]!;
    });
  }
}
