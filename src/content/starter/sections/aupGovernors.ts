import type { StarterSection } from '../StarterContentTypes';

/** AUP for governors and trustees who have access to school systems. */
export const aupGovernorsSection: StarterSection = {
  key: 'aup-governors',
  title: 'Acceptable use agreement: governors',
  summary:
    'First-person commitments for governors: using school accounts for governance, protecting confidential papers and personal data, training, conduct online and reporting concerns.',
  group: 'Aup',
  audience: 'Governors',
  statements: [
    {
      key: 'aup-governors-school-account',
      text: 'I will use the governor email account and systems provided by {{SchoolName}} for all governance business, not a personal email address.',
      guidance:
        'Governor papers sent to personal email accounts are a common source of data breaches. If your school does not provide governor accounts, state the secure alternative.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'data-protection']
    },
    {
      key: 'aup-governors-confidential',
      text: 'I will keep board papers and any personal data I see confidential, store them only on approved systems, and delete or return them when they are no longer needed.',
      guidance:
        'Confidential items, such as exclusion or staffing papers, need particular care. Tell governors how long papers should be kept.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'data-protection']
    },
    {
      key: 'aup-governors-account-security',
      text: 'I will protect my account with a strong password and multi-factor authentication, and I will never share my login details.',
      guidance:
        'Governor accounts often reach sensitive information and are a target for attackers. Multi-factor authentication is expected for cloud accounts under the cyber security standards.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'cyber', 'mfa']
    },
    {
      key: 'aup-governors-training',
      text: 'I will complete safeguarding and online-safety training at induction and when asked, and, if I am the governor responsible, cyber security training each year.',
      guidance:
        'KCSIE expects governors to be trained in online safety, and the cyber security standards expect at least one governor to be trained each year.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'training']
    },
    {
      key: 'aup-governors-social-media',
      text: 'I will not discuss confidential school business, individual pupils, staff or complaints on social media or in messaging groups.',
      guidance:
        "Governors speak for the board only collectively. Link this line to the governors' code of conduct.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'governors', 'social-media']
    },
    {
      key: 'aup-governors-conduct',
      text: "My conduct online will reflect the governors' code of conduct and the seven principles of public life.",
      guidance:
        'The seven principles of public life (often called the Nolan principles) apply to governors as holders of public office.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'governors', 'conduct']
    },
    {
      key: 'aup-governors-signpost',
      text: "If parents, staff or others contact me about a concern, I will direct them to the school's procedures rather than deal with it myself.",
      guidance:
        'Individual governors have no power to act alone on complaints or concerns. Passing them on protects the governor and keeps the complaints process fair.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'governors', 'complaints']
    },
    {
      key: 'aup-governors-monitored',
      text: 'I understand that my use of school systems and devices is filtered and monitored.',
      guidance:
        'Everyone with access to school systems should be told about monitoring, governors included.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'monitoring']
    },
    {
      key: 'aup-governors-report-concerns',
      text: 'I will report any safeguarding concern to the designated safeguarding lead, {{DSLName}}, and any concern about the headteacher to the chair of governors, {{ChairOfGovernors}}.',
      guidance:
        'Governors visiting the school may see or hear things that staff do not. Make sure they know both routes.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'governors', 'reporting']
    },
    {
      key: 'aup-governors-breaches',
      text: 'I will tell the school at once if I lose a device holding school information, think my account has been compromised or receive a suspicious email about school business.',
      guidance:
        'The school may need to report a personal data breach to the ICO within 72 hours, so prompt reporting matters.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'governors', 'cyber', 'data-protection']
    },
    {
      key: 'aup-governors-visits',
      text: 'When I visit the school, I will follow its rules on phones and will not photograph pupils.',
      guidance:
        'Governors on monitoring visits are bound by the same rules as other visitors. In early years areas this includes leaving their phone in the place set aside.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'governors', 'images', 'phones']
    }
  ]
};
