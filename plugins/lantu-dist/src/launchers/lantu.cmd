@echo off
rem Lantu command line for Windows: lantu --help, lantu check examples\
rem Finds Java 21 or newer: the runtime beside bin\, JAVA_HOME, java on the PATH, then the usual
rem install folders under Program Files. LANTU_JAVA_OPTS passes options to the JVM.
setlocal EnableDelayedExpansion
set "LANTU_HOME=%~dp0.."
set "JAVA_EXE="
set "TOO_OLD="
if exist "%LANTU_HOME%\runtime\bin\java.exe" call :consider "%LANTU_HOME%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :consider "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :consider "%%~$PATH:J"
if not defined JAVA_EXE for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Amazon Corretto\*") do if not defined JAVA_EXE if exist "%%~D\bin\java.exe" call :consider "%%~D\bin\java.exe"
if not defined JAVA_EXE (
  echo lantu: Lantu needs Java 21 or newer!TOO_OLD!. Install one, for example Eclipse Temurin 21 from adoptium.net, or set JAVA_HOME to it. 1>&2
  exit /b 2
)
rem the heap starts at a twenty-fifth of the memory, so that a check of a plan of a few MB makes no collection;
rem a one-shot command calls what it reaches by reflection once or twice, which native calls do at less cost
rem than the method handles the JVM would make for each (the language server runs long and keeps the JVM's way);
rem C1 only, and a loop compiled after 10,000 turns rather than 60,000 (the engine's passes over a plan run once each)
set "REFLECTION=-Djdk.reflect.useNativeAccessorOnly=true"
if /i "%~1"=="lsp" set "REFLECTION="
"%JAVA_EXE%" %REFLECTION% -XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=10000 -XX:InitialRAMPercentage=4 -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dguice_bytecode_gen_option=DISABLED %LANTU_JAVA_OPTS% -jar "%LANTU_HOME%\lib\lantu.jar" %*
exit /b %ERRORLEVEL%

:consider
rem %1 is a java.exe: take it if it is Java 21 or newer
set "V="
for /f "tokens=3" %%V in ('""%~1" -version 2^>^&1 ^| findstr /i "version"') do if not defined V set "V=%%~V"
if not defined V exit /b 0
for /f "tokens=1 delims=." %%M in ("!V!") do set "M=%%M"
if "!M!"=="1" (set "TOO_OLD=; found only Java !V! at %~1" & exit /b 0)
if !M! GEQ 21 (set "JAVA_EXE=%~1") else (set "TOO_OLD=; found only Java !M! at %~1")
exit /b 0
