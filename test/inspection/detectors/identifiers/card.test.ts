import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cardDetector, issuerKnown } from '../../../../src/inspection/detectors/identifiers/card.js';
import { detectorTable } from './table.js';

detectorTable(
  cardDetector,
  [
    ['Card 4111 1111 1111 1111 was declined', '4111 1111 1111 1111'],
    ['Paid with 4111-1111-1111-1111', '4111-1111-1111-1111'],
    ['Amex 378282246310005', '378282246310005'],
    ['Amex 3782 822463 10005 ok', '3782 822463 10005'],
    ['MC 5555555555554444.', '5555555555554444'],
    ['Discover 6011111111111117', '6011111111111117'],
    ['JCB 3530111333300000', '3530111333300000'],
    ['CVV follows 4111 1111 1111 1111 123', '4111 1111 1111 1111'],
    ['５５５５ ５５５５ ５５５５ ４４４４ 2221', '５５５５ ５５５５ ５５５５ ４４４４'],
  ],
  [
    'Luhn fails 4111 1111 1111 1112',
    'Unknown issuer 9111111111111111',
    'FedEx 568419970278 arrives',
    'Order #4111111111111111 shipped',
    'Tracking 9400 1118 9922 3197 4284 90',
    'Mixed 4111 1111-1111 1111',
    'Tiny groups 41 11 11 11 11 11 11 11',
    'Phone 555-123-4567 and 555-123-4568',
  ],
);

test('card issuers: lengths per network', () => {
  assert.ok(issuerKnown('4111111111111'));
  assert.not.ok(issuerKnown('411111111111111'));
  assert.ok(issuerKnown('371449635398431'));
  assert.not.ok(issuerKnown('3714496353984311'));
});

test.run();
