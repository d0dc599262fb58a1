import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parseReceipt, rewriteReceipt } from '../../src/codec/receipt.js';

const standard =
  'id:0123456789 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:Your appt: Mon 10am';

test('the Appendix B receipt: every field with its value and span', () => {
  const r = parseReceipt(standard)!;
  assert.equal(
    r.fields.map((f) => [f.name, f.value]),
    [
      ['id', '0123456789'],
      ['sub', '001'],
      ['dlvrd', '001'],
      ['submit_date', '2401011200'],
      ['done_date', '2401011201'],
      ['stat', 'DELIVRD'],
      ['err', '000'],
      ['text', 'Your appt: Mon 10am'],
    ],
  );
  for (const f of r.fields) assert.is(standard.slice(f.start, f.end), f.value);
  assert.is(r.stat!.value, 'DELIVRD');
});

test('case differences, Text: vs text:, missing and extra fields', () => {
  const t = 'ID:abc-1 Sub:1 DLVRD:1 Submit Date:2401011200 Stat:UNDELIV Err:0x0b imsi:001010123 Text:hello';
  const r = parseReceipt(t)!;
  assert.is(r.id!.value, 'abc-1');
  assert.is(r.submit_date!.value, '2401011200');
  assert.is(r.done_date, undefined);
  assert.is(r.stat!.value, 'UNDELIV');
  assert.is(r.text!.value, 'hello');
  assert.is(r.text!.key, 'Text');
  assert.ok(r.fields.some((f) => f.name === 'imsi' && f.value === '001010123'));
});

test('the text field takes the rest of the string, key-like words included', () => {
  const r = parseReceipt('id:1 stat:DELIVRD text:id:2 stat:FAKE err:9')!;
  assert.is(r.id!.value, '1');
  assert.is(r.stat!.value, 'DELIVRD');
  assert.is(r.err, undefined);
  assert.is(r.text!.value, 'id:2 stat:FAKE err:9');
});

test('not a receipt -> undefined', () => {
  assert.is(parseReceipt('Your appointment is at 10am'), undefined);
  assert.is(parseReceipt('id:123 only'), undefined);
  assert.is(parseReceipt(''), undefined);
  assert.is(rewriteReceipt('hello', { id: 'x' }), undefined);
});

test('rewriteReceipt replaces only id and text, every other character untouched', () => {
  assert.is(
    rewriteReceipt(standard, { id: 'PW-42', text: '' }),
    'id:PW-42 sub:001 dlvrd:001 submit date:2401011200 done date:2401011201 stat:DELIVRD err:000 text:',
  );
  const odd = 'ID:77  sub:001   stat:DELIVRD\terr:000 Text:secret stuff ';
  assert.is(rewriteReceipt(odd, { id: '88' }), 'ID:88  sub:001   stat:DELIVRD\terr:000 Text:secret stuff ');
  assert.is(rewriteReceipt(odd, { text: '[redacted]' }), 'ID:77  sub:001   stat:DELIVRD\terr:000 Text:[redacted]');
  assert.is(rewriteReceipt('id:1 stat:ENROUTE', { text: 'x' }), 'id:1 stat:ENROUTE'); // no text field to replace
});

test.run();
