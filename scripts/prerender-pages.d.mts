export function prerenderPages(dist?: string, ssr?: string): Promise<number>
