export function auditVerdict(text: string): { code: number; lines: string[] }
