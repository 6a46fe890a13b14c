import type { StarterSection } from '../StarterContentTypes';

/** Policy section 14: searching pupils' devices, confiscation and examining data. */
export const searchingConfiscationSection: StarterSection = {
  key: 'search-confiscation',
  title: 'Searching and confiscating devices',
  summary:
    'When staff may confiscate a device, when an authorised member of staff may look at or delete data on it, and what happens when a device may hold evidence of an offence or an image of a child.',
  group: 'Policy',
  statements: [
    {
      key: 'search-framework',
      text: "Searching, screening and confiscation at {{SchoolName}} follow the Department for Education's guidance on the subject and our behaviour policy. Only the headteacher and members of staff they have authorised may search a pupil or their belongings for prohibited items.",
      guidance:
        'The DfE guidance on searching, screening and confiscation sets out the legal powers. List in your behaviour policy which items are prohibited and which staff are authorised.',
      mandatory: true,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['search', 'confiscation', 'behaviour']
    },
    {
      key: 'search-confiscate',
      text: 'Staff may confiscate a phone or other device that has been used against this policy or school rules. Confiscated devices are labelled, logged and kept locked away until they are returned to the pupil or to a parent or carer, or handed to the police.',
      guidance:
        'Secure storage protects the school from claims of loss or damage. A simple log with the date, time, the member of staff and when the device was returned is enough.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['search', 'confiscation', 'phones']
    },
    {
      key: 'search-examine-data',
      text: 'An authorised member of staff may look at data or files on a confiscated device only where there is good reason to do so, for example because the device is thought to have been used to cause harm, to disrupt teaching or to break the law.',
      guidance:
        'The DfE guidance allows staff to examine data where there is good reason. Involve the designated safeguarding lead before looking at a device where there is any safeguarding concern.',
      mandatory: false,
      settings: ['Secondary', 'Special', 'Post16'],
      tags: ['search', 'data']
    },
    {
      key: 'search-delete-or-police',
      text: 'Staff may delete data from a device where there is good reason, unless it may be evidence of an offence. In that case the data is not deleted and the device is handed to the police.',
      guidance:
        'Deleting evidence can hinder a police investigation. When in doubt, keep the device secure and ask the designated safeguarding lead or the police for advice.',
      mandatory: false,
      settings: ['Secondary', 'Special', 'Post16'],
      tags: ['search', 'data', 'police']
    },
    {
      key: 'search-nude-images',
      text: 'If staff suspect that a device holds a nude or semi-nude image of a child, they do not search it and do not view or delete the image. They secure the device so that nothing on it can be changed and pass it to the designated safeguarding lead at once.',
      guidance:
        'Both the DfE searching guidance and the UKCIS advice are clear on this point. The designated safeguarding lead decides what happens next, including whether the police need the device.',
      mandatory: true,
      settings: 'All',
      tags: ['search', 'nudes', 'dsl']
    },
    {
      key: 'search-second-adult',
      text: "Wherever possible, a second member of staff is present when a pupil's device is examined, and the pupil is first given the chance to show or hand over the content themselves.",
      guidance:
        'A second adult protects both the pupil and the member of staff. Asking the pupil first is often quicker and less intrusive.',
      mandatory: false,
      settings: ['Secondary', 'Special', 'Post16'],
      tags: ['search', 'safeguarding']
    },
    {
      key: 'search-needs',
      text: "Any search or examination of a device takes account of the pupil's age, needs and any special educational needs or disabilities, and is carried out in a way that respects their dignity.",
      guidance:
        'The equality duty applies to searching as to everything else. The SENCO or a familiar adult can help a pupil who may find the process distressing.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['search', 'send']
    },
    {
      key: 'search-recording',
      text: 'Every search and every examination of a device is recorded, including who carried it out, the reason, what was found and what was done. Parents and carers are told in line with our behaviour policy.',
      guidance:
        'The DfE guidance expects searches to be recorded and, in most cases, parents to be told. Where informing parents could put a pupil at risk, the designated safeguarding lead decides.',
      mandatory: false,
      settings: ['Primary', 'Secondary', 'Special', 'Post16'],
      tags: ['search', 'records', 'parents']
    },
    {
      key: 'search-school-devices',
      text: 'School-owned devices and accounts remain the property of the school. Authorised staff may check them, for example during an investigation, in line with the staff and pupil acceptable use agreements.',
      guidance:
        "Making this clear in the acceptable use agreements avoids disputes later. Checks of a staff member's device or account should be authorised by the headteacher.",
      mandatory: false,
      settings: 'All',
      tags: ['search', 'devices', 'aup']
    },
    {
      // New in 2026.2.
      key: 'search-ai-images',
      text: 'A suspected nude or semi-nude image of a child is handled in the same way whether it is real, altered or made with AI: staff do not view, copy or delete it, they secure the device and pass it to the designated safeguarding lead.',
      guidance:
        'Staff cannot tell reliably whether an image is AI-generated, and an AI-generated sexual image of a child is itself unlawful. The UKCIS advice, updated in 2024, covers AI-generated images and says never to view, copy or delete them.',
      mandatory: false,
      settings: 'All',
      tags: ['search', 'devices', 'nudes', 'ai'],
      references: [
        { document: 'searching-confiscation', part: 'Electronic devices' },
        { document: 'ukcis-sharing-nudes', part: 'Handling devices and images' }
      ],
      topics: ['searching-devices', 'deepfakes-sextortion', 'nudes-response'],
      reliability: 'Secondary'
    }
  ]
};
