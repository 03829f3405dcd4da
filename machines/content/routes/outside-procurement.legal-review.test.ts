import { describe, expect, it } from 'vitest'
import type { Answers } from '../../answers'
import type { Result } from '../../result'
import { evaluate2026Answers as evaluate } from '../../testing/answers-2026-11'

/**
 * Issue 14, legal reviews 2026-12 A and B: grant, community asset transfer, joint venture and
 * public-public content, and the social value notes. Every test runs the answers through
 * evaluate, as a user would see the result, and fails on the text the reviews found.
 */

const today = '2026-12-02'

function run(answers: Answers): Result {
  const r = evaluate(answers, { today })
  expect(r.status, JSON.stringify(answers)).toBe('complete')
  return r
}

/** Everything a user reads in a result, as one string. */
const shown = (r: Result) =>
  [r.title, r.summary, ...r.risks, ...r.nextSteps, ...r.notes, r.socialValue?.text ?? ''].join(' ')

const sources = (r: Result) => r.references.map((x) => x.source)

type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland'
const nations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland']

const jointVenture = (jurisdiction: Nation): Answers => ({
  jurisdiction,
  'authority-type': 'local-authority',
  approach: 'social-impact-bond',
  'sib-initiator': 'provider',
  'sib-authority-pays': 'no',
})

const grantAnswers = (jurisdiction: Nation, mfa: 'yes' | 'no'): Answers => ({
  jurisdiction,
  'authority-type': 'local-authority',
  approach: 'fund-organisation',
  'enforceable-deliverables': 'no',
  'economic-activity': 'yes',
  'mfa-headroom': mfa,
})

const assetTransfer = (jurisdiction: Nation, value: 'undervalue' | 'full-value'): Answers => ({
  jurisdiction,
  'authority-type': 'local-authority',
  approach: 'transfer-asset',
  'asset-service-obligations': 'no',
  'asset-value': value,
})

const publicPublic = (
  jurisdiction: Nation,
  relationship: 'controlled-company' | 'public-body-cooperation',
  existing: 'yes' | 'no' = 'no',
): Answers =>
  jurisdiction === 'scotland'
    ? {
        jurisdiction,
        'authority-type': 'local-authority',
        approach: 'buy-services',
        'provider-relationship': relationship,
      }
    : {
        jurisdiction,
        'authority-type': 'local-authority',
        approach: 'buy-services',
        'existing-procurement': existing,
        'health-care': 'no',
        'provider-relationship': relationship,
      }

describe('joint venture partnership (review B #5, MISLEADING)', () => {
  for (const nation of nations) {
    it(`${nation}: "no procurement" is a condition on what is given in return, not a conclusion`, () => {
      const r = run(jointVenture(nation))
      expect(r.route).toBe('joint-venture-partnership')
      const text = shown(r)
      // The old text: "With no payment for services, there is no public contract, so procurement
      // rules do not apply." and "… pay nothing for the services or outcomes, so no procurement applies."
      expect(text).not.toMatch(/there is no public contract, so procurement rules do not apply/)
      expect(text).not.toMatch(/so no procurement applies/)
      expect(r.title).not.toMatch(/outside procurement rules/)
      expect(r.summary).toMatch(/Money, rent-free premises or seconded staff given in return/)
      expect(r.summary).toMatch(/only if nothing is given in return for services/)
      expect(r.nextSteps.join(' ')).toMatch(/grant-or-contract test/)
      expect(r.risks.join(' ')).toMatch(/can make this a contract that needed a procurement/)
      // The Social Impact Bond note on the contribution says the same.
      expect(r.notes.join(' ')).toMatch(
        /contract that may need a procurement: run the grant-or-contract test/,
      )
    })
  }
})

describe('public-public social value note (review B #6, MISLEADING)', () => {
  const coveredProcurementDuties = [
    /requires you to have regard to maximising public benefit \(s\.12\)/,
    /Above the threshold, the Public Services \(Social Value\) Act 2012 applies to services contracts/,
    /Before a regulated procurement, you must consider/,
  ]

  for (const nation of ['england', 'wales', 'northern-ireland'] as const)
    for (const relationship of ['controlled-company', 'public-body-cooperation'] as const) {
      it(`${nation}, ${relationship}, Procurement Act: no s.12 and no Social Value Act duty`, () => {
        const r = run(publicPublic(nation, relationship))
        expect(r.route).toBe('public-public-exempt')
        expect(r.regime).toBe('pa-2023')
        const note = r.socialValue!.text
        for (const wrong of coveredProcurementDuties) expect(note).not.toMatch(wrong)
        expect(note).toMatch(/not a public contract/)
        expect(note).toMatch(/objectives in s\.12, such as maximising public benefit, do not apply/)
        if (nation !== 'northern-ireland')
          expect(note).toMatch(/Public Services \(Social Value\) Act 2012 does not apply/)
        if (nation === 'england')
          expect(note).toMatch(/National Procurement Policy Statement \(s\.13\)/)
        if (nation === 'wales') expect(note).toMatch(/Wales procurement policy statement \(s\.14\)/)
      })
    }

  it('Scotland: whether s.9 reaches a reg 13 contract is put as a check', () => {
    const r = run(publicPublic('scotland', 'public-body-cooperation'))
    expect(r.regime).toBe('pcr-scotland-2015')
    const note = r.socialValue!.text
    for (const wrong of coveredProcurementDuties) expect(note).not.toMatch(wrong)
    expect(note).toMatch(/Check with your legal team whether the duty reaches this arrangement/)
    expect(r.socialValue!.references.map((x) => x.citation)).toContain(
      'Procurement Reform (Scotland) Act 2014, s.4',
    )
  })

  it('England under the 2015 Regulations: the Social Value Act is a check, not a duty', () => {
    const r = run(publicPublic('england', 'public-body-cooperation', 'yes'))
    expect(r.regime).toBe('pcr-2015')
    const note = r.socialValue!.text
    for (const wrong of coveredProcurementDuties) expect(note).not.toMatch(wrong)
    expect(note).toMatch(/check with your legal team whether it reaches this one/)
  })
})

describe('vertical arrangements (review B #9)', () => {
  it('the shareholding rule is stated with the paragraph that sets it (Sch 2 para 2(3))', () => {
    const r = run(publicPublic('england', 'controlled-company'))
    expect(r.summary).toMatch(
      /No one other than a public authority may hold shares in it \(paragraph 2\(3\)\)/,
    )
    expect(r.risks.join(' ')).toMatch(/Schedule 2, paragraph 2\(3\)/)
  })
})

describe('community asset transfer: the land rules (review B #10-#13)', () => {
  it('Scotland (#10): s.74(2A) exceptions, regs 3-4 for larger discounts, housing and common good land', () => {
    const r = run(assetTransfer('scotland', 'undervalue'))
    expect(r.summary).not.toMatch(
      /you may accept less than the best consideration only as the 2010 Disposal of Land Regulations allow/,
    )
    expect(r.summary).toMatch(
      /unless s\.74\(2A\) or the 2010 Disposal of Land Regulations allow less/,
    )
    const steps = r.nextSteps.join(' ')
    expect(steps).toMatch(
      /does not apply where the best consideration is under £10,000, or the discount under 25%/,
    )
    expect(steps).toMatch(/regs 3 and 4/)
    expect(steps).toMatch(/Check the extra rules for housing land and common good land/)
  })

  it('Scotland (#11): the duty to agree unless there are reasonable grounds, and no disposal meanwhile', () => {
    const r = run(assetTransfer('scotland', 'full-value'))
    expect(r.summary).toMatch(
      /must agree unless there are reasonable grounds for refusing \(s\.82\(5\)\)/,
    )
    expect(r.nextSteps.join(' ')).toMatch(/dispose of the land to no one else meanwhile \(s\.84\)/)
  })

  it('England (#12): short tenancies, open space notices, planning and housing land, parish councils', () => {
    const r = run(assetTransfer('england', 'undervalue'))
    expect(r.summary).toMatch(/does not cover a lease of seven years or less/)
    const steps = r.nextSteps.join(' ')
    expect(steps).toMatch(/open space, advertise the disposal in two consecutive weeks/)
    expect(steps).toMatch(/separate consent rules for land held for planning or housing purposes/)
    expect(steps).toMatch(/under s\.127 of the 1972 Act/)
    expect(run(assetTransfer('england', 'full-value')).nextSteps.join(' ')).toMatch(/s\.123\(2A\)/)
  })

  it('Wales (#13): the General Disposal Consent (Wales) 2003 is named, its limit put as a check', () => {
    const r = run(assetTransfer('wales', 'undervalue'))
    expect(r.summary).not.toMatch(/Wales has its own general disposal consent/)
    expect(r.summary).toMatch(
      /General Disposal Consent \(Wales\) 2003 .*check its terms and any monetary limit/,
    )
    expect(r.summary).not.toMatch(/£2,000,000/)
  })
})

describe('Minimal Financial Assistance and SPEI periods (review B #14)', () => {
  const period = /this financial year so far and the two before it/
  it('grant results', () => {
    const mfa = run(grantAnswers('england', 'yes'))
    expect(mfa.summary).toMatch(period)
    expect(mfa.summary).toMatch(/£315,000 of MFA and SPEI assistance together/)
    const assessed = run(grantAnswers('england', 'no'))
    expect(assessed.summary).not.toMatch(/over three financial years/)
    expect(assessed.summary).toMatch(period)
    expect(assessed.summary).toMatch(/SPEI assistance up to £725,000, counted the same way/)
  })

  it('asset transfer, joint venture and the Social Impact Bond note', () => {
    for (const r of [run(assetTransfer('england', 'undervalue')), run(jointVenture('england'))]) {
      expect(shown(r)).not.toMatch(/over three financial years/)
      expect(r.nextSteps.join(' ')).toMatch(period)
    }
    expect(run(jointVenture('wales')).notes.join(' ')).toMatch(
      /total of MFA and SPEI assistance stays within £315,000 over this financial year so far/,
    )
  })
})

describe('Windsor Framework Article 10 (review B #15)', () => {
  it('Northern Ireland: goods, agri-food and the wholesale electricity market', () => {
    const r = run(grantAnswers('northern-ireland', 'no'))
    expect(r.summary).toMatch(/Windsor Framework Article 10/)
    expect(r.nextSteps.join(' ')).toMatch(
      /in goods, agri-food included, or the wholesale electricity market/,
    )
    expect(sources(r)).toContain('dfe-ni-state-aid')
  })

  for (const nation of ['england', 'wales', 'scotland'] as const) {
    it(`${nation}: grant, asset transfer at undervalue and joint venture carry a one-line check`, () => {
      for (const r of [
        run(grantAnswers(nation, 'yes')),
        run(grantAnswers(nation, 'no')),
        run(assetTransfer(nation, 'undervalue')),
        run(jointVenture(nation)),
      ]) {
        expect(r.nextSteps.join(' '), r.route ?? '').toMatch(
          /sells goods or wholesale electricity in Northern Ireland, .*Windsor Framework Article 10/,
        )
        expect(sources(r)).toContain('windsor-framework-art-10')
        expect(sources(r)).not.toContain('dfe-ni-state-aid')
      }
    })
  }
})

describe('Provider Selection Regime social value reference (review B #23)', () => {
  it('links the key criteria regulation, not the contents page', () => {
    const r = run({
      jurisdiction: 'england',
      'authority-type': 'nhs',
      approach: 'buy-services',
      'existing-procurement': 'no',
      'health-care': 'yes',
      'psr-existing-only': 'yes',
    })
    expect(r.regime).toBe('psr-2023')
    const urls = r.socialValue!.references.map((x) => x.url)
    expect(urls).toContain('https://www.legislation.gov.uk/uksi/2023/1348/regulation/5')
    expect(urls).not.toContain('https://www.legislation.gov.uk/uksi/2023/1348/contents')
  })
})

describe('Northern Ireland PPN 01/21 (review A, I9)', () => {
  const niBelowThreshold: Answers = {
    jurisdiction: 'northern-ireland',
    'authority-type': 'local-authority',
    approach: 'buy-services',
    'existing-procurement': 'no',
    'provider-relationship': 'other',
    'service-category': 'light-touch',
    'contract-value': 300_000,
  }

  it('names the £138,760 services trigger, not "the procurement thresholds"', () => {
    const r = run(niBelowThreshold)
    expect(r.route).toBe('below-threshold')
    const note = r.socialValue!.text
    expect(note).not.toMatch(/above the procurement thresholds/)
    expect(note).toMatch(
      /service contracts above £138,760 and construction contracts above the works threshold/,
    )
    expect(note).toMatch(/departments, their agencies and arm’s-length bodies/)
  })

  it('the below-threshold prefix no longer rules out a light touch tender between £138,760 and the light touch threshold', () => {
    const note = run(niBelowThreshold).socialValue!.text
    expect(note).not.toMatch(
      /Duties in this note that apply only above the threshold do not bind you here/,
    )
    expect(note).toMatch(/start at a lower figure, for example for light touch services/)
  })

  it('England: the Social Value Act reaches light touch contracts from the ordinary services threshold', () => {
    const r = run({ ...niBelowThreshold, jurisdiction: 'england', 'health-care': 'no' })
    expect(r.route).toBe('below-threshold')
    expect(r.socialValue!.text).toMatch(
      /For light touch services it applies from the central or sub-central government threshold/,
    )
  })
})
