@echo off
rem Starts Homeward. Needs Java 21 or newer: JAVA_HOME, else javaw on the PATH.
rem HOMEWARD_LANG chooses the language (fr by default; en, ar). Arguments go to the workbench.
setlocal
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\javaw.exe") else (set "JAVA=javaw")
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if "%HOMEWARD_LANG%"=="" set "HOMEWARD_LANG=fr"
rem homeward.cmd --headless COMMAND ...: a command without the workbench, in this console (java, not javaw)
if "%~1"=="--headless" goto headless
start "Homeward" "%JAVA%" -Dosgi.requiredJavaVersion=21 %HOMEWARD_VMARGS% -jar "%LAUNCHER%" -nl %HOMEWARD_LANG% %*
goto :eof
:headless
shift
if defined JAVA_HOME (set "JAVAC=%JAVA_HOME%\bin\java.exe") else (set "JAVAC=java")
set "ARGS="
:collect
if "%~1"=="" goto run
set ARGS=%ARGS% %1
shift
goto collect
:run
"%JAVAC%" -Dosgi.requiredJavaVersion=21 -Djava.awt.headless=true %HOMEWARD_VMARGS% -jar "%LAUNCHER%" -nl %HOMEWARD_LANG% -application org.homeward.cli.headless -nosplash %ARGS%
exit /b %ERRORLEVEL%
