// Builds the site once before any test file runs and tells the tests where it is.
// SITE_DIR=path reuses a site already built there (set SITE_PREBUILT=1 to skip the build).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  const siteDir = resolve(process.env.SITE_DIR ?? 'dist');
  if (!process.env.SITE_PREBUILT) {
    execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', siteDir, '--silent'], { stdio: 'inherit' });
  }
  project.provide('siteDir', siteDir);
}
