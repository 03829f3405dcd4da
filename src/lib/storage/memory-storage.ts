/**
 * A Storage in memory for tests: it can share its data with another (two tabs of one
 * browser), hold a quota in characters, or refuse access altogether.
 */
export class MemoryStorage implements Storage {
  constructor(
    readonly data = new Map<string, string>(),
    readonly options: { quota?: number; disabled?: boolean } = {},
  ) {}
  get length() {
    return this.data.size
  }
  clear() {
    this.data.clear()
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null
  }
  getItem(key: string) {
    this.check()
    return this.data.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.check()
    const used = [...this.data].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0)
    if (this.options.quota !== undefined && used + key.length + value.length > this.options.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    this.data.set(key, value)
  }
  removeItem(key: string) {
    this.check()
    this.data.delete(key)
  }
  private check() {
    if (this.options.disabled) throw new DOMException('The operation is insecure.', 'SecurityError')
  }
}
