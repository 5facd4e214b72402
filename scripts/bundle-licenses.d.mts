export function bundledPackageDirs(stats: unknown): string[];
export function licenceText(packageDirs: string[], root: string): string;
