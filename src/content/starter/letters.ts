import type { StarterLetter } from './StarterContentTypes';

/** Sample letters to families, with merge fields for the school. None names or describes a child. */
export const STARTER_LETTERS: StarterLetter[] = [
  {
    key: 'letter-online-safety-at-home',
    title: 'Online safety at home',
    recipients: 'Parents and carers of all pupils',
    purpose: 'Send at the start of the school year, or alongside the pupil acceptable use agreement.',
    subject: 'Helping your child stay safe online',
    paragraphs: [
      "Technology is a big part of our children's lives, at school and at home. At {{SchoolName}} we teach pupils how to enjoy it safely, and we know that what happens at home matters just as much. This letter shares a few simple steps that make a real difference.",
      'Talk little and often. Ask your child what they enjoy doing online, which apps and games they use and who they talk to. Children who are used to talking about their online lives are far more likely to tell you when something goes wrong.',
      'Use the settings available to you. Most broadband providers, phones, tablets and games consoles have parental controls and privacy settings. Check them when you set up a new device and again as your child grows. Controls help, but they never replace conversation and supervision.',
      "Check age limits. Most social media services are for users aged 13 and over, and many games and apps have their own age ratings. These limits exist for good reasons, including how the services use children's data.",
      'Keep devices in shared spaces where you can, especially for younger children, and think about where phones and tablets are kept overnight. Good sleep matters for learning and wellbeing.',
      "Make sure your child knows they can come to you, or to any adult at school, if something online worries them, and that they will not be in trouble for telling. If you are concerned about your child's safety online, please contact our designated safeguarding lead, {{DSLName}}, on {{SchoolPhone}} or at {{SchoolEmail}}.",
      'Our online-safety policy and more advice for families are available on our website, {{SchoolWebsite}}. Thank you for your support.'
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-mobile-phone-policy',
    title: 'Change to our mobile phone policy',
    recipients: 'Parents and carers of all pupils',
    purpose: 'Send when the school introduces or changes its rules on phones and smart devices, ideally a term before the change.',
    subject: 'Our mobile phone policy is changing',
    paragraphs: [
      'I am writing to let you know about a change to our rules on mobile phones and smart devices, which will apply from [date].',
      'From that date, {{SchoolName}} will be a phone-free school during the school day. Pupils will not use mobile phones, smart watches or other personal smart devices from the time they arrive until the time they leave, including at break and lunchtime. This follows Department for Education guidance, which asks schools to keep the school day free of phones.',
      'We are making this change because we want pupils to concentrate in lessons, to spend breaks talking and playing together, and to have time away from the pressures that can come with being online all day. It also reduces the risk of pupils being photographed, filmed or contacted without their agreement while at school.',
      'Pupils who need a phone for their journey may still bring one. It must be switched off and stored as we explain to pupils at the start of term. Pupils who use a phone against the policy will have it confiscated and returned in line with our behaviour policy.',
      'We recognise that some pupils need a phone for a particular reason, such as a medical condition or caring responsibilities. If this applies to your child, please contact the school so that we can agree suitable arrangements.',
      'If you need to reach your child during the day, please contact the school office on {{SchoolPhone}}, and we will pass on your message. Staff will also keep their personal phones out of sight of pupils.',
      'Thank you for supporting this change. If you have any questions, please contact us at {{SchoolEmail}}.'
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-photo-video-consent',
    title: 'Consent for photographs and video',
    recipients: 'Parents and carers of new pupils, and of all pupils when consents are refreshed',
    purpose: 'Send at admission and whenever consents are refreshed, with the consent form attached.',
    subject: 'How we use photographs and video of pupils',
    paragraphs: [
      "At {{SchoolName}} we like to celebrate pupils' learning and achievements, and photographs and videos help us to do that. Because an image in which your child can be recognised is personal data, we will only use one in the ways you agree to.",
      "The enclosed form asks about each use separately. Please tick yes or no for each one: our website; our printed prospectus and other publications; our official social media accounts; the local or national press; and whether your child's first name may appear with an image. If you leave an item blank, we will treat it as no.",
      'Whatever you decide, we will still take photographs for internal purposes such as learning records, displays in school and identification on our management information system. These are not published.',
      "We never publish a pupil's full name beside their photograph, and staff take photographs only on school devices. If there is any reason why your child's image should not be used at all, for example for their safety, please tell our designated safeguarding lead, {{DSLName}}, in confidence.",
      'You can change your mind at any time by contacting the school office at {{SchoolEmail}}. We will stop any new use straight away, though we cannot recall printed material that has already been distributed. We will also ask you to review your choices from time to time.',
      'Please return the form by [date]. Thank you.'
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-ai-homework-coursework',
    title: 'Generative AI, homework and coursework',
    recipients: 'Parents and carers of pupils in secondary and sixth-form years',
    purpose: 'Send at the start of the year, or before coursework or non-examined assessment begins.',
    subject: 'Using AI tools honestly in homework and coursework',
    paragraphs: [
      'Many young people now use generative artificial intelligence (AI) tools, such as chatbots, that can write text, answer questions and create images. Used well, these tools can help with learning. Used badly, they can stop pupils developing their own knowledge and skills, and they can lead to serious problems with qualifications.',
      'For homework, teachers will make clear whether AI may be used for each task and how. For example, a pupil may be allowed to use AI to generate ideas or test their understanding, but not to write an answer they then hand in as their own. When pupils do use AI, we ask them to say so.',
      "For work that counts towards a qualification, the rules are strict. The Joint Council for Qualifications (JCQ) requires that assessed work is the student's own. Students may use AI only where the rules for that assessment allow it, and they must acknowledge and reference any use. Using AI without acknowledging it is treated as malpractice and can lead to the loss of marks or of the qualification.",
      'We also ask pupils not to put personal information about themselves or anyone else into AI tools, and to remember that AI can be wrong, out of date or biased. Many AI tools also set minimum ages in their terms of use.',
      "You can help by asking your child how they have used AI in their work and encouraging them to check with their teacher if they are unsure. If you have questions, please contact your child's form tutor or the school at {{SchoolEmail}}."
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-app-trend-concern',
    title: 'A concern about an app or online trend',
    recipients: 'Parents and carers of pupils in the year groups affected',
    purpose: 'Send when a specific app, feature or trend is causing concern locally, after checking the facts with trusted sources. Adapt the middle paragraphs to the issue.',
    subject: 'Information about an app or trend some pupils are using',
    paragraphs: [
      'We have become aware that some pupils are using an app or taking part in an online trend that is causing concern. We are writing to share information and advice, not to alarm you, and we have checked the information in this letter with trusted sources.',
      '[Describe the app or trend briefly and factually: what it is, why it is a concern (for example contact from strangers, sharing of location, pressure to share images or costs that build up) and the minimum age set by the service.]',
      "We suggest that you talk calmly with your child about the apps and games they use. Ask open questions rather than banning things straight away, as children who fear losing their device are less likely to tell you if something goes wrong. Check the privacy and location settings on your child's devices together.",
      'Please do not share details of the trend more widely, for example on social media, as this can draw more children to it. If you see something that suggests a child is at risk, please tell the school straight away.',
      'In school, we are talking with pupils about staying safe in ways that suit their age. If you have any concerns about your child, please contact our designated safeguarding lead, {{DSLName}}, on {{SchoolPhone}}. If you believe a child is in immediate danger, call the police on 999.'
    ],
    signOff: '{{DSLName}}, Designated safeguarding lead, on behalf of {{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-parent-session-invite',
    title: 'Invitation to an online-safety session for parents and carers',
    recipients: 'Parents and carers of all pupils',
    purpose: 'Send three to four weeks before a session in school or online.',
    subject: 'You are invited: keeping children safe online',
    paragraphs: [
      'We would like to invite you to an online-safety session for parents and carers at {{SchoolName}}. The session will take place on [date] at [time] at [place, or online joining details].',
      'The session will cover the apps and games children are using, how to set up parental controls and privacy settings, how to talk with your child about life online, and what to do if something goes wrong. There will be time for questions.',
      'You do not need to be confident with technology to come along; the session is for everyone. If you cannot attend, let us know and we will share the main points with you afterwards.',
      'Please let us know if you plan to attend by contacting the school office on {{SchoolPhone}} or at {{SchoolEmail}}, and tell us if you need any support to take part, such as an interpreter.',
      'We look forward to seeing you.'
    ],
    signOff: '{{OnlineSafetyLead}}, Online-safety lead, and {{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-remote-learning',
    title: 'Remote learning: what to expect',
    recipients: 'Parents and carers of pupils who will learn remotely',
    purpose: 'Send at the start of any period of remote learning, whether for a class, year group or the whole school.',
    subject: 'Remote learning: how it will work and how we keep it safe',
    paragraphs: [
      'While pupils are learning at home, {{SchoolName}} will provide lessons and work through our approved online platforms. This letter explains what your child will be asked to do and how we keep remote learning safe.',
      'Your child will use their school account to log in to [name the platforms]. They will be taught and supported by their usual teachers and teaching assistants, and they will not be asked to use any other service or to contact anyone outside school.',
      'For live lessons, we ask that your child joins from a shared space in the home rather than a bedroom where possible, is dressed as they would be for a normal school day and uses their camera and microphone as the teacher asks. Pupils must not record, photograph or share any lesson.',
      'Staff will contact pupils and families only through school systems and accounts, never through personal phones or social media. If anyone claiming to be from the school contacts your child in another way, please tell us straight away.',
      'Any school device lent to your child is filtered and monitored in the same way as in school. Please also check the parental controls on your home devices and broadband.',
      "If you are worried about your child's safety or wellbeing, please contact our designated safeguarding lead, {{DSLName}}, on {{SchoolPhone}} or at {{SchoolEmail}}. Our remote education arrangements and online-safety policy are on our website, {{SchoolWebsite}}."
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  },
  {
    key: 'letter-acceptable-use-agreements',
    title: 'Acceptable use agreements for the new school year',
    recipients: 'Parents and carers of all pupils',
    purpose: 'Send at the start of the school year with the pupil and parent acceptable use agreements attached.',
    subject: 'Please read and sign our acceptable use agreements',
    paragraphs: [
      'Each year we ask pupils, and their parents and carers, to read and sign an acceptable use agreement. It sets out simple rules for using technology safely and kindly, at school and at home.',
      "Please find enclosed the agreement for your child's age group and the agreement for parents and carers. We will go through your child's agreement in class, and we ask that you read it together at home as well, talk about what each point means and sign where shown.",
      'The parent and carer agreement explains what we ask of families, including taking photographs at school events for personal use only and raising any concerns with us directly.',
      'Please return the signed agreements to school by [date]. If you have any questions, please contact the school office at {{SchoolEmail}}. Thank you for your support.'
    ],
    signOff: '{{HeadteacherName}}, Headteacher'
  }
];
