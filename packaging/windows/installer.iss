; Inno Setup 6 script: the installer a clerk runs (per user, no administrator rights).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\so-to-cnscd packaging\windows\installer.iss
;   (packaging\windows\build.ps1 does this after the PyInstaller build)
;
; Installs into %LOCALAPPDATA%\Programs\SoToCNSCD, adds Start-menu and (optional) desktop
; shortcuts, registers an uninstaller in "Apps & features" for this user. The data
; (%LOCALAPPDATA%\SoToCNSCD: database, backups, settings, logs) is not part of the
; installation: uninstalling keeps it, and a new version finds it again.
; The texts are Vietnamese ([Messages] below): Inno Setup ships no official Vietnamese file.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\so-to-cnscd"
#endif
#define AppName "Sổ Tổ CNSCĐ"
#define AppExe "so-to-cnscd.exe"

[Setup]
; A fixed id: every version upgrades the same installation.
AppId={{6F1C2E0A-5B7D-4C1E-9A43-2D8E7B1F0C55}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, without administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\SoToCNSCD
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\resources\icons\so-to-cnscd.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputBaseFilename=SoToCNSCD-{#AppVersion}-setup
; Files in use by a running copy: ask to close it (Restart Manager) rather than fail.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's files (never the data, which lives elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}; %LOCALAPPDATA%\SoToCNSCD (the data) is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[CustomMessages]
AppComment=Quản lý Tổ công nghệ số cộng đồng
CreateDesktopIcon=Tạo biểu tượng trên màn hình &Desktop
AdditionalIcons=Biểu tượng bổ sung:
LaunchProgram=Mở %1 ngay
DataKept=Dữ liệu của phần mềm (cơ sở dữ liệu, bản sao lưu, cài đặt) nằm ở%n%1%nvà được giữ nguyên khi gỡ cài đặt hay cài phiên bản mới.

[Messages]
LanguageName=Tiếng Việt
LanguageID=$042A
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1
InformationTitle=Thông tin
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi
SetupAlreadyRunning=Trình cài đặt đang chạy rồi.
WindowsVersionNotSupported=Phần mềm cần Windows 10 trở lên.
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có cho &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông cho tất cả
ButtonFinish=&Hoàn tất
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=Tạo thư mục &mới
SelectLanguageTitle=Chọn ngôn ngữ
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm Đồng ý.
NewFolderName=Thư mục mới
WelcomeLabel1=Chào mừng đến với trình cài đặt [name]
WelcomeLabel2=Trình này sẽ cài [name/ver] vào máy tính.%n%nKhông cần quyền quản trị; phần mềm được cài cho người dùng đang đăng nhập.
WizardSelectDir=Chọn thư mục cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
InvalidPath=Hãy nhập đường dẫn đầy đủ, có tên ổ đĩa, ví dụ:%n%nC:\ThuMuc
InvalidDrive=Ổ đĩa đã chọn không tồn tại. Hãy chọn ổ khác.
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có. Vẫn cài vào thư mục này?
DirDoesntExistTitle=Thư mục chưa có
DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?
WizardSelectTasks=Chọn việc làm thêm
SelectTasksDesc=Làm thêm những việc nào?
SelectTasksLabel2=Chọn các việc làm thêm khi cài [name], rồi bấm Tiếp.
WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Thư mục cài đặt:
ReadyMemoTasks=Việc làm thêm:
WizardPreparing=Đang chuẩn bị cài đặt
PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính.
ApplicationsFound=Các phần mềm sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng.
ApplicationsFound2=Các phần mềm sau đang dùng tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các phần mềm đó
DontCloseApplications=&Không đóng các phần mềm đó
WizardInstalling=Đang cài đặt
InstallingLabel=Xin chờ trong khi [name] được cài vào máy tính.
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=Đã cài [name] vào máy tính.
FinishedLabel=Đã cài [name] vào máy tính. Mở phần mềm từ menu Start hoặc biểu tượng trên màn hình.
ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
FinishedRestartLabel=Cần khởi động lại máy để cài xong [name]. Khởi động lại ngay?
YesRadio=&Có, khởi động lại ngay
NoRadio=&Không, tôi sẽ khởi động lại sau
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Cài đặt chưa xong. Nếu thoát bây giờ, phần mềm sẽ chưa được cài.%n%nCó thể chạy lại trình cài đặt lúc khác.%n%nThoát cài đặt?
StatusClosingApplications=Đang đóng các phần mềm...
StatusCreateDirs=Đang tạo thư mục...
StatusExtractFiles=Đang chép các tệp...
StatusCreateIcons=Đang tạo biểu tượng...
StatusSavingUninstall=Đang ghi thông tin gỡ cài đặt...
StatusRunProgram=Đang hoàn tất cài đặt...
StatusRollback=Đang hoàn tác các thay đổi...
ConfirmUninstall=Gỡ %1 khỏi máy tính?%n%nDữ liệu (cơ sở dữ liệu, bản sao lưu, cài đặt) được giữ lại.
UninstallStatusLabel=Xin chờ trong khi %1 được gỡ khỏi máy tính.
StatusUninstalling=Đang gỡ %1...
UninstalledAll=Đã gỡ %1 khỏi máy tính. Dữ liệu vẫn được giữ lại.
UninstalledMost=Đã gỡ xong %1.%n%nMột vài tệp không gỡ được, có thể xoá tay.
UninstallOpenError=Không mở được tệp "%1". Không gỡ cài đặt được.
UninstallNotFound=Không có tệp "%1". Không gỡ cài đặt được.
SetupFileMissing=Thiếu tệp %1 trong thư mục cài đặt. Hãy tải lại trình cài đặt.
SetupFileCorrupt=Các tệp cài đặt bị hỏng. Hãy tải lại trình cài đặt.

[Code]
// The finished page says where the data lives (and that it stays): a clerk asks it later.
procedure CurPageChanged(CurPageID: Integer);
begin
  if CurPageID = wpFinished then
    WizardForm.FinishedLabel.Caption := WizardForm.FinishedLabel.Caption + #13#10#13#10 +
      FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\SoToCNSCD')]);
end;
