import type { FlowchartStep, StarterFlowchart } from './StarterContentTypes';

/*
 * Contacts used by several outcomes. They name roles and organisations only: the only telephone
 * numbers given are 999 and 101, and no web addresses are given.
 */
const DSL = { name: 'Designated safeguarding lead', detail: '{{DSLName}}' };
const DEPUTY_DSL = { name: 'Deputy designated safeguarding lead', detail: '{{DeputyDSLName}}' };
const POLICE = { name: 'Police', detail: '999 in an emergency, 101 otherwise' };
const CEOP = { name: 'CEOP (National Crime Agency)', detail: 'Online reporting form, for concerns about online sexual abuse or grooming' };
const SOCIAL_CARE = { name: "Children's social care", detail: '{{LocalAuthority}} front door (the designated safeguarding lead makes the referral)' };
const HEADTEACHER = { name: 'Headteacher', detail: '{{HeadteacherName}}' };
const IT_PROVIDER = { name: 'IT service provider', detail: '{{ITServiceProvider}}' };

const NEVER_VIEW =
  'Do not look at, copy, print, forward, save or screenshot the image, and never ask anyone to send or show it to you.';

const steps: FlowchartStep[] = [
  {
    id: 'flow-q-immediate-danger',
    kind: 'Question',
    title: 'Is anyone in immediate danger or at risk of serious harm right now?',
    help: 'Think about the risk at this moment, not only about what has already happened. You do not need to find out more before answering. If you are unsure, treat it as yes.',
    answers: [
      { label: 'Yes, or I am not sure', next: 'flow-out-emergency' },
      { label: 'No', next: 'flow-q-nude-image' }
    ]
  },
  {
    id: 'flow-q-nude-image',
    kind: 'Question',
    title: 'Does the concern involve a nude or semi-nude image or video of someone under 18, including one made or altered with AI?',
    help: 'Being told that such an image exists is enough to answer yes. Do not look at the image to check.',
    answers: [
      { label: 'Yes', next: 'flow-q-image-adult-or-threat' },
      { label: 'No', next: 'flow-q-adult-contact' }
    ]
  },
  {
    id: 'flow-q-image-adult-or-threat',
    kind: 'Question',
    title: 'Is there any sign that an adult is involved, or that someone is being pressured, threatened or blackmailed over the image?',
    help: 'Examples include demands for money or for more images (sometimes called sextortion), or messages from someone known only online. If you do not know, choose not sure.',
    answers: [
      { label: 'Yes, or I am not sure', next: 'flow-out-image-adult-or-threat' },
      { label: 'No, it seems to be between young people only', next: 'flow-out-image-young-people' }
    ]
  },
  {
    id: 'flow-q-adult-contact',
    kind: 'Question',
    title: 'Does the concern involve an adult contacting, grooming or exploiting a child online, including an adult pretending to be a child?',
    help: 'Grooming may be sexual, criminal (for example recruiting children to carry drugs or money) or ideological.',
    answers: [
      { label: 'Yes', next: 'flow-q-adult-works-here' },
      { label: 'No', next: 'flow-q-illegal-content' }
    ]
  },
  {
    id: 'flow-q-adult-works-here',
    kind: 'Question',
    title: 'Is the adult a member of staff, a volunteer, a governor or someone else working with pupils at the school?',
    help: 'This includes supply staff, contractors, coaches and tutors arranged by the school, and any online conduct that suggests an adult may pose a risk to children.',
    answers: [
      { label: 'Yes', next: 'flow-out-allegation-adult' },
      { label: 'No', next: 'flow-out-grooming-exploitation' }
    ]
  },
  {
    id: 'flow-q-illegal-content',
    kind: 'Question',
    title: 'Have you come across content that may be illegal, such as child sexual abuse material or terrorist material?',
    help: 'Do not open, search or scroll further to make sure. A reasonable suspicion is enough to answer yes.',
    answers: [
      { label: 'Yes', next: 'flow-out-illegal-content' },
      { label: 'No', next: 'flow-q-bullying-harassment' }
    ]
  },
  {
    id: 'flow-q-bullying-harassment',
    kind: 'Question',
    title: 'Is it bullying, harassment or abuse between pupils online, such as hurtful messages, threats, exclusion from groups, fake accounts or edited images?',
    help: 'Sexual harassment, hate-based messages and threats of violence count here too; the outcome explains when the designated safeguarding lead must be involved.',
    answers: [
      { label: 'Yes', next: 'flow-out-bullying-harassment' },
      { label: 'No', next: 'flow-q-radicalisation' }
    ]
  },
  {
    id: 'flow-q-radicalisation',
    kind: 'Question',
    title: 'Are you worried that a pupil is being drawn towards extremist views or radicalised, for example through what they watch or who they talk to online?',
    help: 'Changes in language, sudden interest in extremist material or contact with people who promote violence may all be signs. You do not need to be certain.',
    answers: [
      { label: 'Yes', next: 'flow-out-radicalisation' },
      { label: 'No', next: 'flow-q-data-cyber' }
    ]
  },
  {
    id: 'flow-q-data-cyber',
    kind: 'Question',
    title: 'Has personal data been lost, stolen, sent to the wrong people or exposed, or do you think school systems or accounts have been attacked?',
    help: 'Examples include an email sent to the wrong recipients, a lost laptop or memory stick, a sharing link open to anyone, or a password entered into a phishing page.',
    answers: [
      { label: 'Yes', next: 'flow-out-data-breach' },
      { label: 'No', next: 'flow-q-filtering-failure' }
    ]
  },
  {
    id: 'flow-q-filtering-failure',
    kind: 'Question',
    title: "Has harmful or inappropriate content got through the school's filtering, or has someone found a way round the filtering or monitoring?",
    help: 'This includes VPNs, proxy sites, hotspots and apps that hide activity, as well as harmful search results or videos appearing on a school device.',
    answers: [
      { label: 'Yes', next: 'flow-out-filtering-failure' },
      { label: 'No, or none of these fit', next: 'flow-out-record-and-tell' }
    ]
  },
  {
    id: 'flow-out-emergency',
    kind: 'Outcome',
    title: 'Immediate danger: call 999, then tell the designated safeguarding lead',
    actions: [
      'Call the police on 999, or ask a colleague to call while you stay with the pupil.',
      'Make the situation as safe as you can without putting yourself at risk.',
      'Tell the designated safeguarding lead, or a deputy, straight away.',
      'If an image of a child is involved, still do not look at, copy or share it.',
      "Once everyone is safe, record what happened and what you did on the school's safeguarding system."
    ],
    contacts: [POLICE, DSL, DEPUTY_DSL, SOCIAL_CARE]
  },
  {
    id: 'flow-out-image-adult-or-threat',
    kind: 'Outcome',
    title: 'Image with an adult involved or threats: designated safeguarding lead at once; police',
    help: 'Where an adult is involved, this is treated as child sexual abuse and reported to the police.',
    actions: [
      NEVER_VIEW,
      'If a device is involved, take it and keep it secure without changing anything on it. Do not delete anything.',
      'Tell the designated safeguarding lead in person straight away; do not wait until the end of the lesson or the day.',
      'Reassure the pupil that they were right to tell and that it is not their fault. Advise them not to pay, not to send anything more and not to delete the messages.',
      "The designated safeguarding lead reports to the police and considers a referral to children's social care.",
      'Record what you were told and what you did, using the words that were used, and give the record to the designated safeguarding lead.'
    ],
    contacts: [DSL, DEPUTY_DSL, POLICE, CEOP, SOCIAL_CARE]
  },
  {
    id: 'flow-out-image-young-people',
    kind: 'Outcome',
    title: 'Image shared between young people: designated safeguarding lead at once',
    help: 'Check before publishing: the immediate-referral triggers named in the fourth action follow our reading of the UKCIS guidance on sharing nudes and semi-nudes and must be confirmed against its current text.',
    actions: [
      NEVER_VIEW,
      'If a device is involved, take it and keep it secure without changing anything on it. Do not delete anything.',
      'Tell the designated safeguarding lead straight away. Do not contact parents or other pupils yourself; the designated safeguarding lead decides who needs to know.',
      "The designated safeguarding lead refers to the police and children's social care at once if any immediate-referral trigger applies: an adult is involved; there are signs of coercion, blackmail or grooming, or doubt about consent; the acts shown are unusual for the child's development or are violent; a child involved is under 13; or a child is at immediate risk of harm.",
      'Otherwise the designated safeguarding lead may manage the incident in school, normally involving parents unless that would put a child at risk.',
      "Tell the pupil that help is available to remove images, such as Childline's Report Remove tool and the Take It Down service.",
      'Record what you were told and what you did, and give the record to the designated safeguarding lead.'
    ],
    contacts: [
      DSL,
      DEPUTY_DSL,
      SOCIAL_CARE,
      { name: 'Childline Report Remove', detail: 'Online tool for young people to get their own nude images removed' },
      POLICE
    ]
  },
  {
    id: 'flow-out-allegation-adult',
    kind: 'Outcome',
    title: 'Concern about an adult who works with pupils: tell the headteacher',
    actions: [
      'Tell the headteacher straight away. If the concern is about the headteacher, tell the chair of governors instead.',
      'Do not investigate, question the adult or let them know about the concern.',
      'If a child may be at risk of harm now, also tell the designated safeguarding lead at once.',
      'Keep any evidence secure without looking through it further.',
      'Record what you saw or were told, with the date and time, and give it to the person you reported to.',
      'The headteacher, or the chair of governors, consults the local authority designated officer (LADO) under the procedures for allegations against staff.'
    ],
    contacts: [
      HEADTEACHER,
      { name: 'Chair of governors (if the concern is about the headteacher)', detail: '{{ChairOfGovernors}}' },
      { name: 'Local authority designated officer (LADO)', detail: '{{LocalAuthority}}, where a member of staff, volunteer or governor is involved' },
      DSL
    ]
  },
  {
    id: 'flow-out-grooming-exploitation',
    kind: 'Outcome',
    title: 'Adult contacting or grooming a child online: designated safeguarding lead at once',
    actions: [
      'Tell the designated safeguarding lead straight away.',
      'Do not reply to, contact or challenge the adult, and ask the pupil not to either.',
      'Keep any device secure and do not delete messages or accounts. Do not screenshot or forward any sexual image.',
      'Reassure the pupil that they were right to tell and that they are not in trouble.',
      "The designated safeguarding lead reports to the police or to CEOP and considers a referral to children's social care.",
      'Record what you were told and what you did, and give the record to the designated safeguarding lead.'
    ],
    contacts: [DSL, DEPUTY_DSL, POLICE, CEOP, SOCIAL_CARE]
  },
  {
    id: 'flow-out-illegal-content',
    kind: 'Outcome',
    title: 'Possible illegal content: do not investigate; designated safeguarding lead, police and the IWF',
    actions: [
      'Stop. Do not open, copy, download, screenshot, forward or show the content to anyone, even to report it.',
      'Close the screen or turn the device face down, and keep the device secure without changing anything on it.',
      'Tell the designated safeguarding lead straight away.',
      "The designated safeguarding lead reports to the police and, for child sexual abuse images found online, to the Internet Watch Foundation. Terrorist material is reported to the police or through the government's online reporting tool.",
      'The designated safeguarding lead asks the IT service provider to block the content and check how it was reached.',
      'Record what happened without describing the content in detail.'
    ],
    contacts: [
      DSL,
      POLICE,
      { name: 'Internet Watch Foundation', detail: 'Online reporting page, for child sexual abuse images and videos online' },
      IT_PROVIDER
    ]
  },
  {
    id: 'flow-out-bullying-harassment',
    kind: 'Outcome',
    title: 'Online bullying or harassment: anti-bullying and behaviour procedures',
    actions: [
      'Listen, reassure the pupil and tell them not to reply or retaliate.',
      'Ask for evidence to be kept, such as screenshots of messages, but never of nude or semi-nude images.',
      'Follow the anti-bullying and behaviour policies and tell the pastoral lead for the pupils involved.',
      'Tell the designated safeguarding lead the same day if there is sexual harassment, a threat of violence, hate-based abuse, any mention of self-harm, or a pupil who seems at risk.',
      'Help the pupil or family to report the content to the platform; the police may need to be involved where a crime may have been committed, such as threats or sharing intimate images.',
      'Record the incident and the action taken, and check later that the bullying has stopped.'
    ],
    contacts: [
      { name: 'Pastoral or year lead', detail: 'As named in the anti-bullying policy' },
      DSL,
      { name: 'Report Harmful Content', detail: 'UK Safer Internet Centre service, where a platform does not act' },
      POLICE
    ]
  },
  {
    id: 'flow-out-radicalisation',
    kind: 'Outcome',
    title: 'Radicalisation concern: designated safeguarding lead; Prevent',
    actions: [
      'Tell the designated safeguarding lead the same day, or straight away if you think someone may be harmed (call 999 if the danger is immediate).',
      "Do not investigate, search the pupil's accounts or challenge their views in a way that could close the conversation.",
      'Record what you saw or heard, using the words that were used.',
      'The designated safeguarding lead decides whether to seek advice or make a Prevent referral, which may lead to support through Channel.'
    ],
    contacts: [
      DSL,
      DEPUTY_DSL,
      { name: 'Prevent referral', detail: 'Through the {{LocalAuthority}} Prevent referral route (made by the designated safeguarding lead)' },
      POLICE
    ]
  },
  {
    id: 'flow-out-data-breach',
    kind: 'Outcome',
    title: 'Data breach or cyber incident: data protection officer and IT service provider',
    actions: [
      'Report it straight away to the data protection officer and the headteacher, and to the IT service provider if a device, account or system is involved.',
      'If you entered a password into a suspicious page, change it at once and tell the IT service provider.',
      'Do not try to investigate or fix the problem yourself, and do not delete the suspicious email or files.',
      'If an email went to the wrong people, ask the recipients to delete it and confirm they have done so.',
      "The data protection officer decides whether the breach must be reported to the Information Commissioner's Office, which must be done within 72 hours of the school becoming aware of it.",
      "Serious cyber incidents are also reported to the school's risk protection arrangement or insurer, Report Fraud, the Department for Education and, where needed, the National Cyber Security Centre."
    ],
    contacts: [
      { name: 'Data protection officer', detail: "As named in the school's data protection policy" },
      HEADTEACHER,
      IT_PROVIDER,
      { name: "Information Commissioner's Office", detail: 'Online breach reporting, within 72 hours where a breach is reportable' }
    ]
  },
  {
    id: 'flow-out-filtering-failure',
    kind: 'Outcome',
    title: 'Filtering or monitoring failure: designated safeguarding lead and IT service provider',
    actions: [
      'Close the content and do not explore it further.',
      'Note the time, the device and the web address or search if you can see it without opening anything else.',
      'Tell the designated safeguarding lead, who records it and decides whether any pupil needs support or whether there is a safeguarding concern.',
      'Report the gap to the IT service provider so that it can be closed, and confirm when it has been fixed.',
      'The designated safeguarding lead tells the senior leader responsible for filtering and monitoring, who considers whether the systems need an early review.'
    ],
    contacts: [DSL, IT_PROVIDER, { name: 'Senior leader responsible for filtering and monitoring', detail: 'As named in the online-safety policy' }]
  },
  {
    id: 'flow-out-record-and-tell',
    kind: 'Outcome',
    title: 'Other online-safety concern: record it and tell the designated safeguarding lead',
    actions: [
      "Write down what you saw or were told, factually and as soon as you can, on the school's safeguarding system.",
      'Tell the designated safeguarding lead or a deputy the same day.',
      'Do not promise to keep a secret; explain that you will need to tell someone whose job is to help.',
      'If anything suggests a child may be at risk of harm, follow the child protection policy straight away.'
    ],
    contacts: [DSL, DEPUTY_DSL, { name: 'Online-safety lead', detail: '{{OnlineSafetyLead}}' }]
  }
];

/** The incident-response flowchart for staff, from the first question to an outcome. */
export const STARTER_INCIDENT_FLOWCHART: StarterFlowchart = {
  key: 'flow-online-safety-incident',
  title: 'Responding to an online-safety incident: first steps for staff',
  start: 'flow-q-immediate-danger',
  steps
};
