// The Procurement Act 2023's over-£5m line (s.52(1) KPIs and s.53(3) copy of the contract) as a
// predicate beside the other rules; the wording of those duties is in content/contract-duties.ts.

/** s.52(1) and s.53(3): "an estimated value of more than £5 million". */
export const largeContractValue = 5_000_000

/** The contract is worth more than £5 million (exactly £5 million is not). Unknown value: no. */
export function isLargeContract(value: number | undefined): boolean {
  return value !== undefined && value > largeContractValue
}
