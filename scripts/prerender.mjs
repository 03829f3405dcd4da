#!/usr/bin/env node
// Prerenders a finished build again by hand: `node scripts/prerender.mjs [dist] [ssr]`.
// `vite build` already does this itself (vite.config.ts, prerender plugin).
import { prerenderPages } from './prerender-pages.mjs'

const [dist = 'dist', ssr = 'dist-ssr'] = process.argv.slice(2)
console.log(`Prerendered ${await prerenderPages(dist, ssr)} pages`)
