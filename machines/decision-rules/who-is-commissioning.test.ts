import { describe } from 'vitest'
import { ask, route, routes } from './expect-routing'

// Decision model section 1: who is commissioning, and which rules apply.

describe('jurisdiction', () => {
  routes(
    'jurisdiction',
    { answers: {} },
    {
      england: ask('authority-type'),
      wales: ask('authority-type'),
      'northern-ireland': ask('authority-type'),
      scotland: ask('authority-type'),
    },
  )
})

describe('authority-type', () => {
  describe('in Scotland: central government and other bodies say whether they are devolved', () => {
    routes(
      'authority-type',
      { answers: { jurisdiction: 'scotland' } },
      {
        'central-government': ask('scotland-body'),
        'local-authority': ask('approach'),
        nhs: ask('approach'),
        'other-public-body': ask('scotland-body'),
      },
    )
  })
  for (const jurisdiction of ['england', 'wales', 'northern-ireland'] as const) {
    describe(`in ${jurisdiction}`, () => {
      routes(
        'authority-type',
        { answers: { jurisdiction } },
        {
          'central-government': ask('approach'),
          'local-authority': ask('approach'),
          nhs: ask('approach'),
          'other-public-body': ask('approach'),
        },
      )
    })
  }
  describe('Scottish councils and NHS Scotland are devolved: no timing question, Scottish rules', () => {
    routes(
      'authority-type',
      { answers: { jurisdiction: 'scotland', approach: 'buy-services' } },
      {
        'central-government': ask('scotland-body'),
        'local-authority': ask('provider-relationship'),
        nhs: ask('provider-relationship'),
        'other-public-body': ask('scotland-body'),
      },
    )
  })
})

describe('scotland-body', () => {
  for (const type of ['central-government', 'other-public-body'] as const) {
    describe(`for ${type}`, () => {
      routes(
        'scotland-body',
        { answers: { jurisdiction: 'scotland', 'authority-type': type } },
        { devolved: ask('approach'), reserved: ask('approach'), 'not-sure': ask('approach') },
      )
    })
  }
  // A devolved body is never asked about timing; a reserved one is (the Act applies to it).
  describe('central government in the contract branch: only a reserved body is asked about timing', () => {
    routes(
      'scotland-body',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'central-government',
          approach: 'buy-services',
        },
      },
      {
        devolved: ask('provider-relationship'),
        reserved: ask('existing-procurement'),
        'not-sure': ask('provider-relationship'),
      },
    )
  })
  describe('other bodies in the contract branch: first, whether the procurement rules bind them', () => {
    routes(
      'scotland-body',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          approach: 'buy-services',
        },
      },
      {
        devolved: ask('contracting-authority'),
        reserved: ask('contracting-authority'),
        'not-sure': ask('contracting-authority'),
      },
    )
  })
  describe('then the timing question for a reserved body only', () => {
    routes(
      'scotland-body',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          approach: 'buy-services',
          'contracting-authority': 'yes',
        },
      },
      {
        devolved: ask('provider-relationship'),
        reserved: ask('existing-procurement'),
        'not-sure': ask('provider-relationship'),
      },
    )
  })
  describe('a result reached without the timing question has the body regime in force today', () => {
    routes(
      'scotland-body',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          approach: 'fund-organisation',
          'enforceable-deliverables': 'no',
          'economic-activity': 'no',
        },
      },
      {
        devolved: route('grant', 'not-a-subsidy', 'pcr-scotland-2015'),
        reserved: route('grant', 'not-a-subsidy', 'pa-2023'),
        'not-sure': route('grant', 'not-a-subsidy', 'pcr-scotland-2015'),
      },
    )
  })
})

describe('approach', () => {
  // `change-existing-contract` enters section 8: an English or Welsh council or NHS body is
  // asked first whether the contract is for health care (8.1); anyone else, when the
  // contract's procurement started.
  describe('for an English council', () => {
    routes(
      'approach',
      { answers: { jurisdiction: 'england', 'authority-type': 'local-authority' } },
      {
        'buy-services': ask('existing-procurement'),
        'fund-organisation': ask('enforceable-deliverables'),
        'transfer-asset': ask('asset-service-obligations'),
        'social-impact-bond': ask('sib-initiator'),
        'change-existing-contract': ask('mod-health-care'),
        'not-sure': ask('enforceable-deliverables'),
      },
    )
  })
  for (const jurisdiction of ['england', 'wales', 'northern-ireland'] as const) {
    describe(`for another public body in ${jurisdiction}: the contract branch asks whether the rules bind it`, () => {
      routes(
        'approach',
        { answers: { jurisdiction, 'authority-type': 'other-public-body' } },
        {
          'buy-services': ask('contracting-authority'),
          'fund-organisation': ask('enforceable-deliverables'),
          'transfer-asset': ask('asset-service-obligations'),
          'social-impact-bond': ask('sib-initiator'),
          'change-existing-contract': ask('mod-procurement-start'),
          'not-sure': ask('enforceable-deliverables'),
        },
      )
    })
  }
  describe('for a devolved Scottish body that is not a council or NHS body', () => {
    routes(
      'approach',
      {
        answers: {
          jurisdiction: 'scotland',
          'authority-type': 'other-public-body',
          'scotland-body': 'devolved',
        },
      },
      {
        'buy-services': ask('contracting-authority'),
        'fund-organisation': ask('enforceable-deliverables'),
        'transfer-asset': ask('asset-service-obligations'),
        'social-impact-bond': ask('sib-initiator'),
        'change-existing-contract': ask('mod-procurement-start'),
        'not-sure': ask('enforceable-deliverables'),
      },
    )
  })
  describe('for a Scottish council (devolved: the contract branch skips the timing question)', () => {
    routes(
      'approach',
      { answers: { jurisdiction: 'scotland', 'authority-type': 'local-authority' } },
      {
        'buy-services': ask('provider-relationship'),
        'fund-organisation': ask('enforceable-deliverables'),
        'transfer-asset': ask('asset-service-obligations'),
        'social-impact-bond': ask('sib-initiator'),
        'change-existing-contract': ask('mod-procurement-start'),
        'not-sure': ask('enforceable-deliverables'),
      },
    )
  })
})
