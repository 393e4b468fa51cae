/** The rule tester that ships as `kindness/testing`, bound to vitest for the built-in rules. */
import { describe, it } from 'vitest';
import { createRuleTester, type RuleCases } from '../../src/testing/rule-tester.js';
import type { Rule } from '../../src/core/types.js';

export { assertRendersReadably, lintWithRule } from '../../src/testing/rule-tester.js';

const tester = createRuleTester({ describe, it });

export function testRule(rule: Rule, cases: RuleCases): void {
  tester.run(rule, cases);
}
