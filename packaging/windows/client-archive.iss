; Inno Setup script: the Windows installer of 客户档案管家 (docs/INSTALL.md).
; (saved as UTF-8 with a byte-order mark, so ISCC reads the Chinese names right)
; Build the one-folder application first (packaging/client-archive.spec), then, from the
; repository's top folder:
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\client-archive.iss
;
; (AppVersion is pyproject.toml's version: `dist\client-archive\client-archive.exe version`
; prints it.) Output: dist\client-archive-<version>-setup.exe.
;
; The program goes to Program Files, for every user of the PC (IT installs it once). Each
; user's archive, settings and logs stay in their own profile (%LOCALAPPDATA%\ClientArchive,
; see docs/INSTALL.md) and are NOT removed on uninstall: they hold the company's customer files.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\client-archive.iss
#endif

#define AppName "客户档案管家"
#define AppNameAscii "Client Archive"
#define DistDir "..\..\dist\client-archive"

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6E0B9F0C-3C55-4C55-9E43-5E1B3C4A7D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppNameAscii}
DefaultDirName={autopf}\ClientArchive
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=client-archive-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\client-archive.ico
UninstallDisplayIcon={app}\client-archive-gui.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
PrivilegesRequired=admin
; an upgrade over a running copy: ask to close it (Restart Manager), never replace files in use
CloseApplications=yes
RestartApplications=no

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.3 and later (Languages folder); with an
; older Inno Setup copy it there from the Inno Setup translations page, or drop the line.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder build: client-archive.exe (console: commands), client-archive-gui.exe
; (no console: the shortcuts), _internal\ (Python, Qt, fonts, translations, icon)
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that this one no longer ships (the folder is replaced whole)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\client-archive-gui.exe"; WorkingDir: "{app}"
Name: "{group}\{#AppName} 命令行"; Filename: "{cmd}"; Parameters: "/k cd /d ""{app}"" && client-archive.exe --help"; WorkingDir: "{app}"; IconFilename: "{app}\client-archive.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\client-archive-gui.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\client-archive-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent unchecked
