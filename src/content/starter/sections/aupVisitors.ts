import type { StarterSection } from '../StarterContentTypes';

/** AUP for visitors, contractors and guests, usually signed at reception or on the guest wifi page. */
export const aupVisitorsSection: StarterSection = {
  key: 'aup-visitors',
  title: 'Acceptable use agreement: visitors',
  summary:
    'Short first-person commitments for visitors, contractors and guest speakers: no photographs of pupils, phones away, guest wifi filtered and monitored, and how to report a concern.',
  group: 'Aup',
  audience: 'Visitors',
  statements: [
    {
      key: 'aup-visitors-no-photos',
      text: 'I will not take photographs, videos or recordings of pupils while I am at {{SchoolName}}.',
      guidance:
        'Visitors usually agree to this when they sign in. If a visitor has a genuine reason to photograph, such as a press visit, the school arranges it separately and checks consent.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'visitors', 'images']
    },
    {
      key: 'aup-visitors-phones',
      text: 'I will keep my phone and other personal devices out of use where pupils are present, and use them only in the areas staff show me.',
      guidance:
        "Visitors often do not know the school's phone rules. Tell them at reception where they may use a phone.",
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'visitors', 'phones']
    },
    {
      key: 'aup-visitors-early-years-phones',
      text: 'In the early years area, I will leave my phone and any other device that can take pictures in the place staff show me.',
      guidance:
        'The EYFS statutory framework expects settings to control the use of phones and cameras. Provide a locker or a named place near the entrance.',
      mandatory: true,
      settings: ['EarlyYears'],
      tags: ['aup', 'visitors', 'phones', 'early-years']
    },
    {
      key: 'aup-visitors-wifi',
      text: "If I use the school's guest wifi, I understand that it is filtered and that my use is monitored.",
      guidance:
        'The filtering standards cover guest access, and users must be told they are monitored. Many schools show this line on the wifi log-in page.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'visitors', 'filtering', 'monitoring']
    },
    {
      key: 'aup-visitors-purpose',
      text: 'I will use any school device or network access only for the purpose of my visit.',
      guidance:
        'Contractors, such as IT engineers, may need wider access; their contract should set out what is allowed.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'visitors']
    },
    {
      key: 'aup-visitors-no-usb',
      text: 'I will not connect USB sticks or other storage devices to school equipment unless a member of staff agrees.',
      guidance:
        'Removable storage can carry malware. Guest speakers can usually send presentations in advance instead.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'visitors', 'cyber', 'usb']
    },
    {
      key: 'aup-visitors-confidential',
      text: 'I will not share any personal information about pupils or staff that I learn during my visit.',
      guidance:
        'Visitors may overhear or see information about pupils. A brief reminder at sign-in is usually enough.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'visitors', 'data-protection']
    },
    {
      key: 'aup-visitors-no-contact',
      text: 'I will not swap contact details or connect on social media with pupils.',
      guidance:
        'This protects pupils and visitors alike, particularly where visitors come regularly, such as sports coaches.',
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'visitors', 'contact', 'social-media']
    },
    {
      key: 'aup-visitors-materials',
      text: 'If I am speaking to pupils, I will share my materials with staff beforehand, and a member of staff will stay with me.',
      guidance:
        'Checking materials in advance is part of safe practice with external speakers, including for extremism and suitability.',
      mandatory: false,
      settings: 'All',
      tags: ['aup', 'visitors', 'curriculum', 'prevent']
    },
    {
      key: 'aup-visitors-report',
      text: "If I see or hear anything that worries me about a child's safety, I will tell the designated safeguarding lead, {{DSLName}}, or the member of staff looking after me, before I leave.",
      guidance:
        "Visitors must know whom to tell. Show the designated safeguarding lead's photograph at reception or on the visitor leaflet.",
      mandatory: true,
      settings: 'All',
      tags: ['aup', 'visitors', 'reporting', 'dsl']
    }
  ]
};
