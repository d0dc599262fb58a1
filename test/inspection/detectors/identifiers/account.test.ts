import { test } from 'uvu';
import { accountDetector } from '../../../../src/inspection/detectors/identifiers/account.js';
import { detectorTable } from './table.js';

detectorTable(
  accountDetector,
  [
    ['Payment posted to acct # 00412-8831.', '00412-8831'],
    ['Account ending in 4821 was charged', '4821'],
    ['Account ending in 1962 was charged', '1962'],
    ['Patient account number 33129904', '33129904'],
    ['a/c 3312990', '3312990'],
    ['Billing account: HB-2291034', 'HB-2291034'],
    ['Routing number 021000021', '021000021'],
    // Billing and encounter numbers are accounts (moved here from the MRN labels).
    ['CSN 1002934411', '1002934411'],
    ['Encounter #E5512093', 'E5512093'],
    ['FIN 7731 0042 19 for Ada Obi sent to insurance', '7731 0042 19'],
    ['HAR 90017733 balance adjusted', '90017733'],
    ['Visit number: V00912834', 'V00912834'],
    ['Auto claim 55102-773 for Tran, Minh', '55102-773'],
    ['Claim # 2024-331-90012 was denied', '2024-331-90012'],
    ['Sra. Pineda, su cuenta 44120-90 tiene saldo pendiente', '44120-90'],
    ['Numéro de compte: 8812-3390', '8812-3390'],
    ['Sr. Luz, conta 7720019 em atraso', '7720019'],
    ['Case 4471-22 for Maria Lopez is open', '4471-22'],
    ['Guarantor acct 50019283 and 50019291 merged', ['50019283', '50019291']],
  ],
  [
    'Log in to your account at 10:30',
    'Your account balance is $45.20',
    'Account updates for 3/14',
    'Create an account at https://clinic.org/join',
    'According to 2024 guidance',
    'Case 00441287 has been assigned to our support team.',
    'Claim your free gift at the front desk by 12/31.',
    'Fin de semana: cerrado 24 y 25.',
    'Reference 4471-22 for the Lakers game is confirmed.',
    'Measles exposure at baggage claim 3 on 3/4 2-6pm.',
  ],
);

test.run();
