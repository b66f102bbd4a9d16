; Inno Setup script: a Windows installer around the PyInstaller folder (dist\tabayun).
;
;     iscc /DAppVersion=0.1.0 packaging\windows\tabayun.iss
;
; Per-user install by default (no administrator needed), Start-menu and optional desktop
; shortcuts, an uninstaller; the user's data folder (%LOCALAPPDATA%\Tabayun) is never removed.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F1C1E9E-7A39-4C59-9B0E-3B1F0D1E2A77}
AppName=Tabayun
AppVersion={#AppVersion}
AppPublisher=Tabayun developers
DefaultDirName={autopf}\Tabayun
DefaultGroupName=Tabayun
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Tabayun-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\tabayun.ico
UninstallDisplayIcon={app}\tabayun.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\tabayun\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Tabayun"; Filename: "{app}\tabayun.exe"
Name: "{group}\{cm:UninstallProgram,Tabayun}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Tabayun"; Filename: "{app}\tabayun.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\tabayun.exe"; Description: "{cm:LaunchProgram,Tabayun}"; Flags: nowait postinstall skipifsilent
