import type { StarterRiskAssessment } from './StarterContentTypes';

/** Template risk assessment for the school's use of social media and new technology. */
export const STARTER_RISK_ASSESSMENT: StarterRiskAssessment = {
  key: 'ra-social-media-technology',
  title: 'Social media and new technology: risk assessment',
  introduction:
    'This template helps {{SchoolName}} assess the risks of running official social media accounts and of introducing new apps, platforms and AI tools. For each row, check whether the risk applies, adjust the likelihood and impact to your circumstances, add any further controls you use and confirm who owns the risk. Review the assessment at least once a year, alongside the filtering and monitoring review, and whenever a new account, app or tool is introduced. Likelihood and impact are shown after the controls listed are in place.',
  rows: [
    {
      key: 'ra-official-account-compromised',
      risk: 'An official school social media account is accessed by someone without permission, for example after a password is stolen, and used to post harmful or embarrassing content.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        'Accounts are registered to a school email address, not a personal one. Multi-factor authentication is switched on, passwords are unique and held securely, and at least two named staff are administrators. Access is removed the day an administrator leaves. The school has a plan for regaining control and for telling families if an account is compromised.',
      owner: '{{HeadteacherName}}, Headteacher'
    },
    {
      key: 'ra-image-without-consent',
      risk: 'An image of a pupil is published on the website or social media without the consent recorded for that use, or reveals a pupil whose image must not be shared.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        'Staff check the central consent record before publishing. A do-not-publish list, kept by the designated safeguarding lead, is shared with those who post. Full names are never placed beside images. Posts are checked by a second member of staff before publishing, and any image posted in error is removed at once and the designated safeguarding lead told.',
      owner: 'Designated safeguarding lead, {{DSLName}}'
    },
    {
      key: 'ra-location-revealed',
      risk: "A post reveals where pupils are, or will be, for example during a trip or an event, or identifies a pupil's home or route to school.",
      likelihood: 'Low',
      impact: 'High',
      mitigation:
        'Trips and events are posted about after they end. Location tagging is switched off on school accounts and devices. Backgrounds are checked before photographs are shared.',
      owner: 'Member of staff responsible for official social media'
    },
    {
      key: 'ra-harmful-comments',
      risk: "Abusive, discriminatory or identifying comments are posted on the school's official accounts, about pupils, staff or families.",
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation:
        'Comments are switched off or filtered where the platform allows. Named staff check comments at set times, including at weekends, and remove harmful content. Screenshots are kept where a comment may need to be reported. Complainants are directed to the complaints procedure.',
      owner: 'Member of staff responsible for official social media'
    },
    {
      key: 'ra-live-streaming',
      risk: 'A live-streamed event, such as a performance or sports day, shows pupils who do not have consent, or is recorded and reshared by viewers.',
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation:
        'Live streaming is used only where consent for it has been recorded for every pupil who may appear. Camera angles are planned to avoid pupils without consent. Streams are shared with a private link to families only, and comments are switched off. Families are reminded that recording and resharing is not allowed.',
      owner: '{{HeadteacherName}}, Headteacher'
    },
    {
      key: 'ra-new-app-data',
      risk: "A new app or online platform is introduced by a member of staff and collects pupils' personal data without a proper check, or is unsuitable for pupils' ages.",
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        "New apps and platforms are approved by the online-safety lead and the data protection officer before use. A data protection impact assessment is completed where needed, age limits and terms are checked, and the school's list of approved services is kept up to date and shared with staff and families.",
      owner: 'Online-safety lead, {{OnlineSafetyLead}}'
    },
    {
      key: 'ra-ai-tool',
      risk: 'A generative AI tool used by staff or pupils produces harmful, inaccurate or biased content, or receives personal data that is then stored or used to train the model.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        "Only tools that have been risk-assessed and approved are used. Personal and sensitive data is never entered into unapproved tools. Pupils use AI only under supervision and through filtered and monitored systems, and within the tool's age limits. Staff check all AI output before use. Settings that use school content to train models are switched off where possible.",
      owner: 'Online-safety lead, {{OnlineSafetyLead}}'
    },
    {
      key: 'ra-staff-personal-accounts',
      risk: 'A member of staff uses a personal social media account in a way that blurs professional boundaries, such as connecting with pupils or posting about school matters.',
      likelihood: 'Low',
      impact: 'High',
      mitigation:
        'The staff acceptable use agreement and code of conduct set clear rules on personal accounts and contact with pupils. Training covers privacy settings and boundaries each year. Concerns are reported to the headteacher and handled under the procedures for allegations and low-level concerns.',
      owner: '{{HeadteacherName}}, Headteacher'
    },
    {
      key: 'ra-impersonation',
      risk: 'A fake account impersonates the school, a member of staff or a pupil, for example to spread false information, harass people or trick families into sharing details or money.',
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation:
        'Official accounts are listed on the school website so that families can recognise them. Staff and pupils are told how to report impersonation. The school reports fake accounts to the platform, warns families where needed and keeps evidence. The Professionals Online Safety Helpline can advise where a platform does not respond.',
      owner: 'Designated safeguarding lead, {{DSLName}}'
    },
    {
      key: 'ra-deepfake-images',
      risk: 'AI-generated or edited images, audio or video of pupils or staff are created from school images and shared, including sexualised images.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        'The school publishes fewer close-up, high-resolution images of identifiable pupils. Pupils are taught about deepfakes and the law. Any incident is reported to the designated safeguarding lead at once and handled as a safeguarding matter; sexual images of children are never viewed or shared by staff, and are reported to the police. Removal is sought through the platform, Report Remove or the Internet Watch Foundation.',
      owner: 'Designated safeguarding lead, {{DSLName}}'
    },
    {
      key: 'ra-data-breach',
      risk: 'Personal data is disclosed by mistake, for example an email sent to the wrong recipients, a lost device or a shared link left open to anyone.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        'Staff are trained in data protection each year. Devices are encrypted and protected by passwords and multi-factor authentication. Sharing links are restricted to named people. Breaches are reported at once to the data protection officer, recorded, and reported to the ICO within 72 hours where required.',
      owner: 'Data protection officer'
    },
    {
      key: 'ra-phishing-ransomware',
      risk: 'A phishing email or malicious link leads to stolen passwords, payment fraud or ransomware that disables school systems.',
      likelihood: 'Medium',
      impact: 'High',
      mitigation:
        'Email filtering, multi-factor authentication, security updates and anti-malware software are in place. Staff complete cyber security training each year and confirm changes to bank details by phone. Backups are kept separately and tested. A cyber response plan, with offline contacts, is rehearsed.',
      owner: '{{ITServiceProvider}}'
    },
    {
      key: 'ra-filter-bypass',
      risk: "Pupils get round the school's filtering, for example with VPNs, proxies or mobile hotspots, and reach harmful content on school premises.",
      likelihood: 'Medium',
      impact: 'Medium',
      mitigation:
        'Filtering blocks VPNs and proxy services, and attempts are logged and reviewed. The phone policy limits access to mobile data during the day. Pupils are told that their use is monitored and that bypassing filtering breaks their acceptable use agreement.',
      owner: '{{ITServiceProvider}} with the designated safeguarding lead'
    },
    {
      key: 'ra-remote-lesson-intrusion',
      risk: 'An uninvited person joins a remote lesson, or a lesson is recorded and shared without permission.',
      likelihood: 'Low',
      impact: 'Medium',
      mitigation:
        'Lessons run only on approved platforms with school accounts. Only invited users can join, waiting rooms are used, and staff control chat, screen sharing and recording. Pupils and families agree not to record or share lessons.',
      owner: 'Online-safety lead, {{OnlineSafetyLead}}'
    },
    {
      key: 'ra-parents-sharing-images',
      risk: 'Parents and carers post photographs or videos from school events, or screenshots from learning journals, that show other children.',
      likelihood: 'High',
      impact: 'Medium',
      mitigation:
        'Families are reminded before each event that images are for personal use and that other children should not be posted online. The parent and carer acceptable use agreement covers this. Where a child must not be photographed, staff plan seating and staging accordingly, and filming can be restricted where there is a safeguarding concern.',
      owner: '{{HeadteacherName}}, Headteacher'
    }
  ]
};
