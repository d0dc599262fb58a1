// Quality floor on the generated corpus (bench/detect-corpus.ts): per identifier category at most 1% of the
// labelled values leak (any character not covered by a finding), and at most 2% of benign messages get any
// identifier finding. Several seeds, so a template tuned to one draw does not pass by luck.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateCorpus } from '../../bench/detect-corpus.js';
import { measure } from '../../bench/detect-quality.js';

for (const seed of [1, 2, 3]) {
  test(`corpus seed ${seed}: leak <= 1% per category, benign altered <= 2%`, () => {
    const { benign, phi } = generateCorpus({ seed, benign: 1500, perCategory: 150 });
    const report = measure(benign, phi);
    for (const [category, row] of report.perCategory) {
      assert.ok(row.leaked <= row.total * 0.01, `${category}: ${row.leaked}/${row.total} leaked`);
    }
    assert.ok(report.benignAltered <= report.benignTotal * 0.02, `benign altered ${report.benignAltered}/${report.benignTotal}`);
  });
}

test.run();
