import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/react';
import { Workbench } from './Workbench';

// SharePoint pages load Fluent's icon font from Microsoft's CDN; the workbench serves the same font files itself.
initializeIcons('/workbench/fonts/', { disableWarnings: true });
ReactDom.render(<Workbench />, document.getElementById('workbench'));
