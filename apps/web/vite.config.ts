import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // Native addons are loaded by Node at run time, never bundled; so is esbuild, which
  // bundles the import's worker thread; pdfkit, which reads its font metrics from files
  // beside its own code; and pg, whose optional native binding a bundle would replace
  // with a stub that throws.
  ssr: { external: ['better-sqlite3', '@node-rs/argon2', 'esbuild', 'pdfkit', 'pg'] },
});
