import { createElement } from 'react'
import type { Examples, PropDocs } from '../examples'
import type { PageProps } from './page'

export const pageProps: PropDocs<PageProps> = {
  title: {
    required: true,
    description:
      'The page’s title: the document title becomes "<title> – Route Finder" just after the first frame, and the h1 shows it unless `heading` is given.',
  },
  heading: {
    required: false,
    description: 'The h1’s text when it differs from the title (the start page’s, for example).',
  },
  caption: {
    required: false,
    description: 'Shown just before the h1, such as a GOV.UK caption (`govuk-caption-l`).',
  },
  error: {
    required: false,
    description: 'The page shows an error: the document title starts "Error: ", as GOV.UK’s do.',
  },
  focusKey: {
    required: false,
    description:
      'Defaults to the title. When it changes, the page counts as newly arrived at: focus moves to the h1 (if the person came from another page of the app and has not moved focus meanwhile).',
  },
  children: { required: false, description: 'The page’s content, after the h1.' },
}

export const pageExamples = {
  default: {
    description: 'A page whose h1 is its title',
    props: {
      title: 'Your saved sessions',
      children: createElement('p', { className: 'govuk-body' }, 'No saved sessions yet.'),
    },
  },
  'with heading': {
    description: 'An h1 longer than the title, as on the start page',
    props: {
      title: 'Find a route to commission a public service',
      heading: 'Route Finder: find a route to commission a public service',
    },
  },
  'with caption': {
    description: 'A caption above the h1, as on the result page',
    props: {
      title: 'Light touch regime',
      caption: createElement('span', { className: 'govuk-caption-l' }, 'Recommended route'),
    },
  },
  'with error': {
    description: 'A page showing an error after a submit',
    props: { title: 'Open a saved file', error: true },
  },
  'with focus key': {
    description: 'Content that changes under the same title, keyed apart',
    props: { title: 'Compare scenarios', focusKey: 'compare:2' },
  },
} satisfies Examples<PageProps>
