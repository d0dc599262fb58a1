import { test } from 'uvu';
import { deviceIdDetector } from '../../../../src/inspection/detectors/identifiers/device-id.js';
import { detectorTable } from './table.js';

detectorTable(
  deviceIdDetector,
  [
    ['Your phone IMEI 356938035643809 is registered', '356938035643809'],
    ['IMEI 35-693803-564380-9', '35-693803-564380-9'],
    ['handset 356938035643809', '356938035643809'],
    ['unlabelled 356938035643809 seen', '356938035643809'],
    ['Pacemaker serial PX40231-B checked', 'PX40231-B'],
    ['S/N: HN1107573', 'HN1107573'],
    ['Device ID 7F3A-22B1-0093', '7F3A-22B1-0093'],
    ['MAC 00:1A:2B:3C:4D:5E', '00:1A:2B:3C:4D:5E'],
    ['mac 00-1a-2b-3c-4d-5e', '00-1a-2b-3c-4d-5e'],
    ['UDI (01)00844588003288(17)141120', '(01)00844588003288'],
    ['Power chair PC19-662310 back from repair', 'PC19-662310'],
    ['Sound processor 771C20415 sent to Mr. Kealoha', '771C20415'],
    ['Omnipod 3301987A pod fault at 2am', '3301987A'],
  ],
  [
    'Luhn fails 356938035643808',
    'Unknown prefix 123456789012347 seen',
    'Order 356938035643809 shipped',
    'Serial killer documentary at 9pm',
    'Device check-in at 10:30',
    'Wear the monitor 2 weeks, then return it',
    'Your phone number (3035550147) stays the same',
    'Walker 2 of 3 arrives Monday',
  ],
);

test.run();
