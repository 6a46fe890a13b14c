import type { StarterSection } from '../StarterContentTypes';

/** Policy section 11: school communication channels, official accounts and staff personal use. */
export const communicationSocialMediaSection: StarterSection = {
  key: 'social-communication',
  title: 'Communication and social media',
  summary:
    'How the school runs its official accounts and communicates with pupils and families, and what it expects of staff who use social media in their personal lives.',
  group: 'Policy',
  statements: [
    {
      key: 'social-official-accounts',
      text: 'The official social media accounts of {{SchoolName}} are approved by the headteacher and run by named members of staff. They use school credentials protected by multi-factor authentication and have at least two administrators, so that access is never lost when someone leaves.',
      guidance:
        'Accounts set up by an individual on a personal email address are a common problem when that person leaves. Keep a list of every official account, its administrators and where the log-in details are held.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'accounts', 'cyber']
    },
    {
      key: 'social-posting-rules',
      text: "Posts on official accounts follow our photo consent records. They never give pupils' full names, reveal the location of a trip while it is happening or include anything that could identify a pupil at risk.",
      guidance:
        'Posting after a trip rather than during it is a simple safeguard. The social media risk assessment in this bank covers these risks in more detail.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'images']
    },
    {
      key: 'social-moderation',
      text: 'We moderate comments on our official accounts, remove content that is abusive, discriminatory or identifies pupils, and direct complaints to our complaints procedure rather than discussing them online.',
      guidance:
        'Some schools switch comments off altogether, which is a reasonable choice. If comments are on, decide who checks them and how often, including at weekends.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'moderation']
    },
    {
      key: 'social-staff-school-channels',
      text: 'Staff communicate with pupils and parents only through school systems and accounts, such as school email, the approved learning platform and school phones. They do not use personal phones, email, messaging apps or social media to contact pupils.',
      guidance:
        'This protects pupils and staff alike and belongs in the staff code of conduct that KCSIE expects every school to have. Any exception, for example on a residential trip, should be agreed in advance and recorded.',
      mandatory: true,
      settings: 'All',
      tags: ['social-media', 'staff', 'contact']
    },
    {
      key: 'social-staff-no-connections',
      text: 'Staff do not send or accept friend or follow requests to or from current pupils, or from former pupils under the age of 18, on personal accounts. They tell the designated safeguarding lead if a pupil tries to contact them privately.',
      guidance:
        'Reporting approaches from pupils protects the member of staff as well as the pupil. Schools may extend the rule to recent leavers over 18; say so here if you do.',
      mandatory: true,
      settings: 'All',
      tags: ['social-media', 'staff', 'contact']
    },
    {
      key: 'social-staff-personal-use',
      text: 'Staff who use social media in their private lives keep their privacy settings high, do not post about pupils, families or confidential school matters, and do not post anything that could undermine trust in them or in the school.',
      guidance:
        'Link this statement to your staff code of conduct. Remind staff that privacy settings do not stop others sharing screenshots of what they post.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'staff']
    },
    {
      key: 'social-staff-existing-links',
      text: 'Where a member of staff has a family or community connection online with a pupil or parent, they tell the designated safeguarding lead or headteacher and keep school matters out of that contact.',
      guidance:
        'In small communities, staff are often related to or friends with parents. Declaring the connection is better than pretending it does not exist.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'staff']
    },
    {
      key: 'social-email-standards',
      text: 'School email is used for school business. Messages to pupils and families are professional in tone, sent only from school accounts, and any sensitive information is sent securely.',
      guidance:
        'Secure email and encrypted attachments reduce the risk of a data breach. Name the secure method your school uses, if you have one.',
      mandatory: false,
      settings: 'All',
      tags: ['communication', 'data-protection']
    },
    {
      key: 'social-age-limits',
      text: 'We encourage families to respect the minimum ages set by social media services, which for most is 13, and we teach pupils why those limits exist.',
      guidance:
        'Age limits are part of the revised primary RSHE content. Take a supportive rather than punitive tone, as many younger pupils already have accounts and need to feel able to ask for help.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special'],
      tags: ['social-media', 'age-limits', 'parents']
    },
    {
      key: 'social-staff-targeted',
      text: 'If staff are harassed, threatened or criticised online because of their work, they report it to the headteacher, {{HeadteacherName}}. The school supports them, including by asking platforms to remove content and, where appropriate, involving the police.',
      guidance:
        'Online abuse of staff is a wellbeing and sometimes a safety issue. The Professionals Online Safety Helpline, run by the UK Safer Internet Centre, can help schools get content removed.',
      mandatory: false,
      settings: 'All',
      tags: ['social-media', 'staff', 'wellbeing']
    },
    {
      // New in 2026.2.
      key: 'social-deepfakes-of-adults',
      text: 'Making or sharing a sexual or humiliating fake image, video or voice recording of a member of staff, a parent or any other adult, including one made with AI, is a serious breach of this policy and may be a criminal offence. The school supports anyone targeted and, where appropriate, involves the police.',
      guidance:
        'Creating a sexually explicit deepfake of an adult is reported to have become an offence in England in February 2026, on top of the Online Safety Act 2023 offences of sharing, or threatening to share, intimate images. Pupils who make such images of other pupils are dealt with as child-on-child abuse under the incident section.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['ai', 'social-media', 'staff', 'conduct'],
      references: [{ document: 'kcsie', part: 'Part two: online safety' }],
      topics: ['deepfakes-sextortion'],
      reliability: 'Secondary'
    }
  ]
};
