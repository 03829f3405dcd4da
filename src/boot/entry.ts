import { boot } from './boot'
import { readBootPlan } from './boot-plan'

// The only script a prerendered page or the shell names; its plan is in its data attributes.
const importAll = (files: string[]) =>
  Promise.all(files.map((file) => import(/* @vite-ignore */ `/${file}`)))

const script = document.querySelector<HTMLScriptElement>('script[data-boot]')
if (script) boot(document, window.location.pathname, readBootPlan(script.dataset), importAll)
