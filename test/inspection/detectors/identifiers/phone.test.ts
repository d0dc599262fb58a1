import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { phoneDetector } from '../../../../src/inspection/detectors/identifiers/phone.js';
import { detectorTable, found } from './table.js';

detectorTable(
  phoneDetector,
  [
    ['Call me at (555) 123-4567 tonight', '(555) 123-4567'],
    ['Her cell is 555.987.6543.', '555.987.6543'],
    ['Reach him on +1 555 222 3333', '+1 555 222 3333'],
    ['New number 5551234567', '5551234567'],
    ['Fax: 555-321-7654', '555-321-7654'],
    ['Call 1-555-321-7654 now', '1-555-321-7654'],
    ['Tel +15553217654', '+15553217654'],
    ['Phone (555)321-7654', '(555)321-7654'],
    ['Call 555 - 321 - 7654', '555 - 321 - 7654'],
    ['UK mobile +44 20 7946 0958', '+44 20 7946 0958'],
    ['Berlin office +49 30 901820', '+49 30 901820'],
    ['Mexico +52 55 1234 5678', '+52 55 1234 5678'],
    ['Call me at 555-1234 after six', '555-1234'],
    ['Daughter: ５５５-３２１-７６５４', '５５５-３２１-７６５４'],
    ['Number 555\u200b-321-7654', '555\u200b-321-7654'],
    ['Call +1 (555) 123-4567', '+1 (555) 123-4567'],
    ['Call 1 (555) 123-4567', '1 (555) 123-4567'],
    ['UK +44 (0) 20 7946 0958', '+44 (0) 20 7946 0958'],
    ['Call 5 5 5 3 2 1 7 6 5 4', '5 5 5 3 2 1 7 6 5 4'],
    ['Owner cell 612/555-0148, ok to text', '612/555-0148'],
    ['cell: 555 1234 after 5', '555 1234'],
  ],
  [
    'Ratio 120/300-4000 on the chart',
    'Order 555 1234 shipped',
    'Room 555 1234 is ready',
    'Your code is 482913. It expires in 10 minutes.',
    'Reply STOP to 12345 to opt out.',
    'Questions? Call us at 1-800-555-0199.',
    'CDC-INFO 1-800-232-4636, poison control (800) 222-1222, 1-888-555-0100',
    'Questions? Call us at (800) 555-0199 or 212-555-0147 or +1 212 555 0147.',
    'Your order 5551234567 has shipped.',
    'Order #16767046251 shipped.',
    'Confirmation number: 5553217654',
    'Tracking 1Z999AA10123456784',
    'USPS 9400 1118 9922 3197 4284 90 out for delivery',
    'FedEx shipment 123456789012 arrives Tuesday',
    'Your appointment is 3/14/2025 at 10:30 AM.',
    'Balance $1,555,123.40 due 04/01',
    'Refill for Rx 1622224-8836 ready',
    'Rx #5553217 ready for pickup',
    'Amazon order 113-1234567-1234567 delivered',
    'Version 10.4.2 released 2025-03-14',
    'Call 911 or dial 988',
    'Dial *611 from your phone',
    'Card 4111 1111 1111 1111 was declined',
    'SSN 123-45-6789',
    'Text 4 to 55555',
    'Track 1Z 999 AA1 01 2345 6784',
    'USPS 9205 5000 0000 0000 0000 00',
    'FedEx 7489 5678 9012',
    'Sent 2025-03-14T10:30:00Z',
    'Your PIN 4821-9931',
    'Meeting 10:30-11:30, room 555-1234B',
    'Pay 555.32 by 7654',
    'Reference 123-4567 applies',
    'Email 5553217654@vtext.com',
  ],
);

test('phone: allow-listed numbers match with and without the country code', () => {
  const ctx = { callbackAllowList: new Set(['15553217654']), mrnPatterns: [] };
  assert.equal(found(phoneDetector, 'Call 555-321-7654 or (555) 321-7654 or +1 555 321 7654', ctx), []);
  const national = { callbackAllowList: new Set(['5553217654']), mrnPatterns: [] };
  assert.equal(found(phoneDetector, 'Call 1-555-321-7654', national), []);
  assert.equal(found(phoneDetector, 'Call 1-555-321-7655', national), ['phone:1-555-321-7655']);
});

test('phone: an allow-listed international number is not a finding', () => {
  const ctx = { callbackAllowList: new Set(['442079460958']), mrnPatterns: [] };
  assert.equal(found(phoneDetector, 'Call +44 20 7946 0958', ctx), []);
});

test.run();
