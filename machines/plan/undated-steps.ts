/**
 * What a plan says for a route with no procurement notice (plan-model.md sections 6.1 and 6.6):
 * grant, community asset transfer, public-public cooperation, joint venture and the routes
 * outside the procurement rules. The statutory steps these routes can still carry (subsidy
 * control, a council's disposal of open space) are dated steps of the recipe; these are the
 * steps the law gives no date, listed so the plan is not just "nothing to do".
 */
import { src } from './facts'
import type { Settings } from './step'
import type { Requirement, SourceRef } from './types'

export type UndatedStep = {
  title: string
  requirement: Extract<Requirement, 'conditional' | 'optional' | 'recommended' | 'information'>
  /** For a conditional step: when it applies, read after "Required if". */
  condition?: string
  sources: SourceRef[]
}

export type NoNotices = {
  /** The plan's one line: that there is no procurement notice, and why. */
  says: string
  steps: UndatedStep[]
}

const NO_PROCUREMENT_NOTICES = 'No procurement notices.'

const funders: UndatedStep = {
  title: 'Follow any notices or steps your funders’ conditions require (outside this plan)',
  requirement: 'information',
  sources: [],
}

/** The no-notices part of a plan, or undefined for a route with procurement notices. */
export function noNoticesOf(s: Settings, none: string | undefined): NoNotices | undefined {
  const says = none ?? NO_PROCUREMENT_NOTICES
  switch (s.route) {
    case 'grant':
      return {
        says,
        steps: [
          {
            title:
              'Follow the funder’s own grant rules, such as the grant agreement and monitoring',
            requirement: 'information',
            sources: [],
          },
        ],
      }
    case 'community-asset-transfer':
      if (s.jurisdiction !== 'england' && s.jurisdiction !== 'wales') return { says, steps: [] }
      return {
        says,
        steps: [
          {
            title:
              'Check that the transfer gets the best consideration reasonably obtainable, or that consent covers the undervalue',
            requirement: 'conditional',
            condition:
              'a council disposes of land for less than its value; whether a general disposal consent covers it: check',
            sources: [src('LGA 1972', 's.123(2)', 'F-LGA-123-2')],
          },
        ],
      }
    case 'public-public-exempt':
      return {
        says,
        steps: [
          {
            title: 'Publish a voluntary notice, for transparency',
            requirement: 'optional',
            sources: [],
          },
          {
            title: 'Record why the contract is exempt',
            requirement: 'recommended',
            sources: [],
          },
        ],
      }
    case 'joint-venture-partnership':
      return { says, steps: [funders] }
    case 'outside-procurement-rules':
      if (s.variant === 'direct-payment')
        return {
          says,
          steps: [
            {
              title:
                'The direct payment’s own steps, such as the care and support plan and its reviews (outside this plan)',
              requirement: 'information',
              sources: [src('PA 2023', 'ss.2, 3', 'F-OPR')],
            },
          ],
        }
      return {
        says,
        steps: [
          s.regime === 'pcr-scotland-2015'
            ? {
                title:
                  'Plan a competitive procurement under the Public Contracts (Scotland) Regulations 2015',
                requirement: 'conditional',
                condition:
                  'a contracting authority directly subsidises more than half of a works contract, or of services connected with it (reg 14)',
                sources: [src('SSI 2015/446', 'reg 14', 'F-OPR')],
              }
            : {
                title: 'Plan a competitive procurement under the Public Contracts Regulations 2015',
                requirement: 'conditional',
                condition:
                  'the procurement began before 24 February 2025 and a contracting authority directly subsidises more than half of a works contract, or of services connected with it (reg 13)',
                sources: [src('SI 2015/102', 'reg 13', 'F-OPR')],
              },
          funders,
        ],
      }
    default:
      return undefined
  }
}
