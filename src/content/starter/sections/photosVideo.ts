import type { StarterSection } from '../StarterContentTypes';

/** Policy section 10: photographs and video of pupils, taken by the school and by families. */
export const photosVideoSection: StarterSection = {
  key: 'images-photo-video',
  title: 'Photographs and video',
  summary:
    "How the school asks for and records consent for each use of pupils' images, which devices staff may use, what parents may film at events, and how images are stored, published and removed.",
  group: 'Policy',
  statements: [
    {
      key: 'images-consent-per-use',
      text: 'Before using an identifiable image of a pupil, {{SchoolName}} asks for separate consent for each use: our website, our prospectus, our official social media, the press, and whether the pupil may be named. Consent is opt-in, so nothing is used until it has been given.',
      guidance:
        'An identifiable photograph is personal data. Asking for each use separately gives families a real choice, and the sample consent letter in this bank follows this pattern. Older pupils who understand what they are agreeing to can usually give consent themselves.',
      mandatory: true,
      settings: 'All',
      tags: ['images', 'consent', 'data-protection']
    },
    {
      key: 'images-consent-record',
      text: 'Consents are recorded in one place, checked before any image is published and refreshed at key points, such as the start of a new phase or when circumstances change. Parents, carers and pupils can withdraw consent at any time by contacting the school office.',
      guidance:
        'Withdrawal stops future use; explain in your consent letter that printed material already distributed cannot be recalled. Set a review point that suits your school, such as each new key stage.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'consent']
    },
    {
      key: 'images-pupils-at-risk',
      text: 'Before any image is published, staff check the consent record and take particular care over pupils for whom publication could create a risk, including some adopted and looked-after children and pupils with safeguarding plans. The designated safeguarding lead tells staff which pupils must never appear in published images, without sharing the reason.',
      guidance:
        'Publishing an image of a child whose whereabouts must be kept from others can put them in real danger. A simple do-not-publish list, held by the staff who publish images, prevents most mistakes.',
      mandatory: true,
      settings: 'All',
      tags: ['images', 'safeguarding', 'looked-after']
    },
    {
      key: 'images-school-devices',
      text: 'Staff and volunteers take photographs and videos of pupils only on school devices, never on personal phones, cameras or accounts, and store them only on approved school systems.',
      guidance:
        'Personal devices blur the line between school and private life and are harder to secure. If a personal device must ever be used, for example in an emergency, the image should be transferred and deleted the same day and the designated safeguarding lead told.',
      mandatory: true,
      settings: 'All',
      tags: ['images', 'staff', 'devices']
    },
    {
      key: 'images-suitable',
      text: "Published images show pupils appropriately dressed and taking part in school life. We avoid images that could be misused, such as pupils in swimwear, and we do not print a pupil's full name beside their photograph.",
      guidance:
        'A name next to a photograph makes a child easier to trace. Where you do name pupils, for example in press coverage of an achievement, do so only with the specific consent recorded for naming.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'safeguarding']
    },
    {
      key: 'images-parents-at-events',
      text: "Parents and carers may take photographs and videos of their own children at school events for their family's personal use. We ask them not to post images that show other children online unless those children's parents have agreed.",
      guidance:
        'The ICO is clear that parents filming their own children for family use falls outside data protection law. The request about other children is a matter of courtesy and safeguarding, so explain the reason when you make it.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'parents', 'events']
    },
    {
      key: 'images-restricting-filming',
      text: 'We may limit or stop filming at an event where there is a safeguarding concern or where filming would disrupt it. We will tell families beforehand wherever we can and explain why.',
      guidance:
        'The ICO advises that schools cannot ban filming on data protection grounds, but may restrict it for safeguarding reasons or to prevent disruption. Some schools make an official recording available instead.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'events', 'safeguarding']
    },
    {
      key: 'images-removal-requests',
      text: 'If an image of a pupil is posted online without consent, we help the family ask the person who posted it, or the platform, to remove it. The designated safeguarding lead is told whenever there may be a safeguarding risk.',
      guidance:
        'The ICO advises that requests to remove an image should go to the account holder who posted it. The school can support a family but cannot take content down from a personal account itself.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'parents', 'social-media']
    },
    {
      key: 'images-early-years-journals',
      text: 'In the early years, photographs for learning journals and observations are taken on school devices and uploaded only to the approved learning journal system. Families see images of their own child, and images showing other children are shared only where those families have agreed.',
      guidance:
        "Online learning journals are a common route for images to leave the setting. Check the journal system's privacy settings and remind parents not to share screenshots of other children.",
      mandatory: true,
      settings: ['EarlyYears'],
      tags: ['images', 'early-years', 'consent']
    },
    {
      key: 'images-pupils-recording',
      text: 'Pupils may photograph or record other people in school only when a member of staff allows it for a learning activity, and they do not share those images without the permission of the people shown.',
      guidance:
        'This links the policy to the pupil acceptable use agreements. Pupils recording staff or other pupils without permission is a common source of online bullying.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'pupils', 'conduct']
    },
    {
      key: 'images-retention',
      text: 'Images are kept only as long as they are needed for the purpose for which they were taken and are then deleted, in line with our records retention schedule.',
      guidance:
        'Old photo folders on shared drives are easy to forget. Set a yearly clear-out, perhaps each summer, and keep only images with a continuing purpose, such as a school archive agreed with families.',
      mandatory: false,
      settings: 'All',
      tags: ['images', 'data-protection', 'retention']
    },
    {
      key: 'images-photographers-press',
      text: 'Professional photographers and the press are supervised while on site, work to a written agreement on how images are stored and used, and photograph only pupils whose consent for that use is recorded.',
      guidance:
        "Check that the school photographer's contract covers data protection and secure storage. For the press, confirm beforehand whether pupils will be named.",
      mandatory: false,
      settings: 'All',
      tags: ['images', 'press', 'visitors']
    }
  ]
};
