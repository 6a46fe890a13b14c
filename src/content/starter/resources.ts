import type { StarterResource } from './StarterContentTypes';

const POSTER_PRINT = 'A3; for A4 print at 71%';

/** The resources library that accompanies the bank: posters, the flowchart and short guides. */
export const STARTER_RESOURCES: StarterResource[] = [
  {
    key: 'res-poster-early-years-ks1',
    title: 'Our online safety rules (early years and key stage 1)',
    kind: 'Poster',
    audience: 'Early years and key stage 1 pupils',
    printNotes: POSTER_PRINT,
    description:
      'A bright classroom poster of the early years and key stage 1 agreement, one short rule a line, for use beside computers and tablets. Add a picture or symbol beside each rule.',
    lines: [
      'I ask a grown-up before I go online.',
      'I use the apps my teacher shows me.',
      'I am kind when I use a screen.',
      'I keep my name and home secret.',
      'If it is scary, I stop and tell.',
      'I tell a grown-up if I feel upset.'
    ]
  },
  {
    key: 'res-poster-ks2',
    title: 'Staying safe online (key stage 2)',
    kind: 'Poster',
    audience: 'Key stage 2 pupils',
    printNotes: POSTER_PRINT,
    description: 'A classroom and computer-suite poster of the key stage 2 agreement in short, memorable lines.',
    lines: [
      'Ask first: I use devices and apps when an adult says I can.',
      'Keep it private: my passwords and personal details stay secret.',
      'Be kind: I do not send or share things that could hurt someone.',
      'Ask before I snap: I ask before I take or share a photo.',
      'Think: not everything online is true, and some pictures are fake.',
      'Never meet up with someone I only know online.',
      'Secrets and pictures: if someone online asks, I tell an adult.',
      'Tell: if something worries me, I close it and tell an adult straight away.'
    ]
  },
  {
    key: 'res-poster-ks3-5',
    title: 'Online safety: know the rules, know where to go (key stages 3 to 5)',
    kind: 'Poster',
    audience: 'Key stage 3 to 5 students',
    printNotes: POSTER_PRINT,
    description:
      'A poster for classrooms, corridors and the sixth-form area that sums up the key stage 3 to 5 agreement and shows how to report a concern. Add the names and photographs of your designated safeguarding leads.',
    lines: [
      'Phones and smart watches: off and out of sight during the school day unless agreed.',
      'School systems are filtered and monitored. Do not try to get round them.',
      'Respect everyone online: no bullying, threats, fake accounts or edited images.',
      'Nude or semi-nude images of anyone under 18 are illegal, including AI-made ones. If it has happened to you, you will be helped, not blamed.',
      'Use AI honestly. In assessed work, use it only where allowed and reference it.',
      'Being threatened or blackmailed online? Do not pay, do not send more, tell someone.',
      'Worried about anything online? Report it on the app and tell a member of staff or the designated safeguarding lead, {{DSLName}}.',
      "Childline's Report Remove tool can help get your own nude images taken down."
    ]
  },
  {
    key: 'res-staff-reporting-guide',
    title: 'Reporting an online-safety concern: a quick guide for staff',
    kind: 'Guidance',
    audience: 'All staff, supply staff and volunteers',
    printNotes: 'A4, single-sided; suitable for staff handbooks and lanyard cards when reduced to A6',
    description:
      'A one-page summary of what every adult in school does when they have an online-safety concern, to sit beside the incident flowchart.',
    lines: [
      'If a child is in immediate danger, call the police on 999, then tell the designated safeguarding lead.',
      'Report every online-safety concern about a pupil to the designated safeguarding lead, {{DSLName}}, or the deputy, {{DeputyDSLName}}, the same day, and straight away if it is serious.',
      'Never view, copy, print, share, store or save a nude or semi-nude image of a child, and never ask for one to be sent or shown to you.',
      'If a device may hold evidence, keep it secure without changing anything on it and give it to the designated safeguarding lead.',
      'Listen, reassure and do not promise to keep a secret. Do not investigate or question beyond what you need to understand the concern.',
      "Write down what you saw or were told, in the words used, on the school's safeguarding system.",
      'Concerns about the online conduct of an adult who works with pupils go to the headteacher, {{HeadteacherName}}, or to the chair of governors if they concern the headteacher.',
      'Report harmful content that gets through the filtering to the designated safeguarding lead, and technical faults to {{ITServiceProvider}}.',
      'Report a lost device, a suspected data breach or a phishing email to the data protection officer and {{ITServiceProvider}} at once.'
    ]
  },
  {
    key: 'res-incident-flowchart',
    title: 'Responding to an online-safety incident: flowchart',
    kind: 'Flowchart',
    audience: 'All staff',
    printNotes: 'A3 for staffrooms and offices; A4 for staff handbooks',
    description:
      'A printable version of the incident-response decision tree, taking a member of staff from the first question (is anyone in immediate danger?) to the right first steps and contacts.',
    lines: [
      'Is anyone in immediate danger? Yes or not sure: call 999, then tell the designated safeguarding lead.',
      'Does it involve a nude or semi-nude image of someone under 18, including AI-made? Never view, copy or share it; secure any device; tell the designated safeguarding lead at once.',
      'Is an adult involved, or is someone being threatened or blackmailed? The designated safeguarding lead reports to the police; CEOP takes online reports.',
      'Is the adult someone who works with pupils at the school? Tell the headteacher (or chair of governors), who consults the LADO.',
      'Is the content possibly illegal? Do not investigate or forward it; the designated safeguarding lead reports to the police and the Internet Watch Foundation.',
      'Is it bullying or harassment between pupils? Follow the anti-bullying and behaviour policies; tell the designated safeguarding lead if there is a safeguarding element.',
      'Is a pupil being drawn towards extremism? Tell the designated safeguarding lead, who decides on a Prevent referral.',
      'Has personal data been lost or exposed, or systems attacked? Tell the data protection officer and the IT service provider; the ICO must be told within 72 hours if the breach is reportable.',
      'Has harmful content got through the filtering? Tell the designated safeguarding lead and the IT service provider.',
      'Anything else: record it and tell the designated safeguarding lead the same day.'
    ]
  },
  {
    key: 'res-staff-images-guide',
    title: 'Cameras and images of pupils: a guide for staff',
    kind: 'Guidance',
    audience: 'All staff and volunteers',
    printNotes: 'A4, double-sided',
    description:
      'Practical rules for staff taking, storing and publishing photographs and video of pupils, based on the photographs and video section of the policy.',
    lines: [
      'Use school devices only. Never take, store or send images of pupils on a personal phone, camera or account.',
      'Check the consent record before publishing anything. Consent is given separately for the website, prospectus, social media, the press and naming.',
      'Check the do-not-publish list held by the designated safeguarding lead before any image leaves school.',
      "Never place a pupil's full name beside their photograph.",
      'Make sure pupils are appropriately dressed and that nothing in the background shows a location, a name or personal information.',
      'Post about trips and events after they have finished, not while they are happening.',
      'In the early years, personal phones and smart watches stay in the place set aside for them, away from the children.',
      'Store images only on approved school systems and delete them when they are no longer needed.',
      'If an image is published by mistake, remove it at once and tell the designated safeguarding lead.',
      'Parents may film their own children at events for family use; ask them not to post images of other children online.'
    ]
  },
  {
    key: 'res-parents-controls-guide',
    title: 'Settings and parental controls: a guide for parents and carers',
    kind: 'Guidance',
    audience: 'Parents and carers',
    printNotes: 'A4, double-sided; also suitable for the school website and newsletters',
    description:
      'A plain-English checklist to help families set up home broadband, devices, games and apps safely, and to keep talking with their children.',
    lines: [
      'Turn on the free parental controls offered by your broadband provider; they filter content on every device connected to your home wifi.',
      'Set up each phone, tablet and console with a child account or family settings, so that you can approve downloads and purchases.',
      "Remember that filtering on home wifi does not cover mobile data; check the controls on your child's phone itself.",
      'Turn off location sharing in apps and cameras unless there is a good reason for it.',
      'Set social media and gaming accounts to private, and check who can message or call your child.',
      'Switch on safe search in search engines and restricted mode on video apps.',
      'Check age ratings and minimum ages before downloading; most social media is for ages 13 and over.',
      'Turn off in-app purchases or protect them with a password only you know.',
      'Agree family rules together, such as where devices are charged overnight.',
      'Controls help, but they do not replace talking. Ask your child what they enjoy online and make sure they know they can always come to you.',
      "If you are worried about your child's safety online, contact the school on {{SchoolPhone}} or at {{SchoolEmail}}."
    ]
  },
  {
    key: 'res-governor-filtering-review',
    title: 'Filtering and monitoring: annual review checklist for leaders and governors',
    kind: 'Guidance',
    audience: 'Senior leaders, the designated safeguarding lead, the IT service provider and the link governor',
    printNotes: 'A4, single-sided; keep the completed copy as the review record',
    description:
      'A checklist to structure the yearly review of filtering and monitoring that the DfE standards expect, and to record what was found and agreed.',
    lines: [
      'Who holds each role this year: governor, senior leader, designated safeguarding lead, IT service provider?',
      'Has the provider confirmed in writing that it is an Internet Watch Foundation member and blocks the CTIRU list?',
      'Are there at least separate pupil and staff profiles, and do settings suit each age group?',
      'Is filtering working on school devices off site, on personal devices using the network and on guest wifi?',
      'Are VPNs and proxies blocked, and are misspellings and other languages handled?',
      'Is safe search enforced, and have image and video searches been tested?',
      'Do logs show the device, user, time and search term or address?',
      'Is there a record of what is blocked or allowed, with reasons and approval?',
      'Do monitoring alerts reach the designated safeguarding lead quickly, including in holidays, and are actions recorded?',
      'Have staff and pupils been told that their use is monitored, and do staff know how to report problems?',
      'Has anything changed this year that affects risk, such as new devices, AI tools or remote access?',
      'Actions agreed, with owners and dates; next review due.'
    ]
  }
];
